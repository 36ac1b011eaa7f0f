// Pocket pet: Hunger, Fun and Energy meters (0-100) each lose 1 point every 3 seconds; Feed gives +20 hunger, Play gives +15 fun and -5 energy, Nap gives +25 energy. The pet is saved to localStorage every 2 seconds and when the page closes; when the page is opened again, every meter loses 1 point for each 3 seconds the pet was away (never below 0) and a line says "You were away N min".
const SAVE_KEY = 'pocketPet.save.v2';
const START = { hunger: 80, fun: 80, energy: 80 };
const LABELS = [['hunger', 'Hunger', 0xf08a4b], ['fun', 'Fun', 0xf2c94c], ['energy', 'Energy', 0x56ccf2]];

const petScene = {
  key: 'Pet',

  create: function () {
    this.meters = Object.assign({}, START);
    let awayMin = 0;

    const raw = localStorage.getItem(SAVE_KEY);
    if (raw) {
      try {
        const saved = JSON.parse(raw);
        const awayMs = Math.max(0, Date.now() - saved.savedAt);
        const lost = Math.floor(awayMs / 3000);
        LABELS.forEach(([k]) => {
          const base = typeof saved[k] === 'number' ? saved[k] : START[k];
          this.meters[k] = Math.max(0, base - lost);
        });
        awayMin = Math.floor(awayMs / 60000);
      } catch (e) {
        localStorage.removeItem(SAVE_KEY);
      }
    }

    const save = () => {
      const data = Object.assign({ savedAt: Date.now() }, this.meters);
      localStorage.setItem(SAVE_KEY, JSON.stringify(data));
    };
    window.addEventListener('beforeunload', save);
    this.events.once('shutdown', () => window.removeEventListener('beforeunload', save));

    const g = this.add.graphics();
    g.fillStyle(0x9b7ede, 1);
    g.fillEllipse(60, 56, 116, 100);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(40, 44, 12);
    g.fillCircle(80, 44, 12);
    g.fillStyle(0x1b1b1b, 1);
    g.fillCircle(42, 46, 6);
    g.fillCircle(82, 46, 6);
    g.generateTexture('blob', 120, 112);
    g.destroy();

    this.add.rectangle(400, 330, 360, 300, 0xfdf6e3).setStrokeStyle(6, 0x5b4b8a);
    const pet = this.add.image(400, 320, 'blob');
    this.tweens.add({ targets: pet, y: 308, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });

    const bars = this.add.graphics();
    LABELS.forEach(([, label], i) => {
      this.add.text(60, 40 + i * 34, label, { fontSize: '18px', color: '#2d2d2d' });
    });
    const info = this.add.text(400, 505, raw ? 'You were away ' + awayMin + ' min' : 'A new pet!', {
      fontSize: '18px', color: '#5b4b8a'
    }).setOrigin(0.5);

    const draw = () => {
      bars.clear();
      LABELS.forEach(([k, , color], i) => {
        bars.fillStyle(0xdddddd, 1);
        bars.fillRect(150, 42 + i * 34, 200, 18);
        bars.fillStyle(color, 1);
        bars.fillRect(150, 42 + i * 34, this.meters[k] * 2, 18);
      });
      const low = Math.min(this.meters.hunger, this.meters.fun, this.meters.energy);
      pet.setTint(low < 25 ? 0x9999aa : 0xffffff);
    };

    const change = (k, amount) => {
      this.meters[k] = Phaser.Math.Clamp(this.meters[k] + amount, 0, 100);
    };

    const button = (x, label, action) => {
      const b = this.add.text(x, 555, label, {
        fontSize: '22px', color: '#ffffff', backgroundColor: '#5b4b8a', padding: { x: 16, y: 6 }
      }).setOrigin(0.5).setInteractive({ useHandCursor: true });
      b.on('pointerdown', () => {
        action();
        draw();
        info.setText('');
      });
    };
    button(270, 'Feed', () => change('hunger', 20));
    button(400, 'Play', () => { change('fun', 15); change('energy', -5); });
    button(530, 'Nap', () => change('energy', 25));

    this.time.addEvent({
      delay: 3000, loop: true, callback: () => {
        LABELS.forEach(([k]) => change(k, -1));
        draw();
      }
    });
    this.time.addEvent({ delay: 2000, loop: true, callback: save });

    save();
    draw();
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#e8e0f5',
  scene: petScene
};

new Phaser.Game(config);
