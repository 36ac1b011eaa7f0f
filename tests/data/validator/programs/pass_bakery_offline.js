// Idle bakery: each oven bakes 3 buns per second into the jar, and clicking "Collect" moves everything in the jar to the bank and floats "+N" with the amount collected. A new oven costs 25 banked buns. Progress is saved to localStorage every 2 seconds; when the page is opened again, the buns the ovens baked while it was closed (at most 8 hours' worth) are added to the jar and a "While you were away" message shows how many. Delete wipes the save.
const SAVE_KEY = 'idle_bakery_save_v1';
const MAX_AWAY_MS = 8 * 60 * 60 * 1000;

class Bakery extends Phaser.Scene {
  constructor() {
    super('bakery');
  }

  create() {
    this.cameras.main.setBackgroundColor('#3e2723');
    const saved = JSON.parse(localStorage.getItem(SAVE_KEY) || 'null');
    this.state = saved ? saved.state : { bank: 0, jar: 0, ovens: 1 };

    this.add.text(400, 40, 'Sunrise Bakery', { fontSize: '36px', color: '#ffe0b2' }).setOrigin(0.5);
    this.jarText = this.add.text(400, 160, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.bankText = this.add.text(400, 210, '', { fontSize: '28px', color: '#ffcc80' }).setOrigin(0.5);
    this.ovenText = this.add.text(400, 260, '', { fontSize: '22px', color: '#d7ccc8' }).setOrigin(0.5);

    const makeButton = (y, label, cb) => {
      const b = this.add.text(400, y, label, { fontSize: '26px', color: '#3e2723', backgroundColor: '#ffcc80', padding: { x: 14, y: 8 } })
        .setOrigin(0.5).setInteractive({ useHandCursor: true });
      b.on('pointerdown', cb);
      return b;
    };
    makeButton(340, 'Collect', () => this.collect());
    this.ovenBtn = makeButton(410, 'Buy oven (25)', () => this.buyOven());

    if (saved) {
      const away = Math.min(Math.max(0, Date.now() - saved.savedAt), MAX_AWAY_MS);
      const baked = Math.floor((away / 1000) * this.state.ovens * 3);
      this.state.jar += baked;
      const msg = this.add.text(400, 520, 'While you were away your ovens baked ' + baked + ' buns', { fontSize: '22px', color: '#a5d6a7', backgroundColor: '#1b5e20', padding: { x: 10, y: 6 } }).setOrigin(0.5);
      this.time.delayedCall(4000, () => msg.destroy());
    }

    this.time.addEvent({ delay: 2000, loop: true, callback: () => this.save() });
    this.input.keyboard.on('keydown-DELETE', () => {
      localStorage.removeItem(SAVE_KEY);
      this.state = { bank: 0, jar: 0, ovens: 1 };
    });
    this.save();
  }

  takeJar() {
    const amount = Math.floor(this.state.jar);
    this.state.jar -= amount;
    return amount;
  }

  collect() {
    const got = this.takeJar();
    this.state.bank += got;
    const t = this.add.text(470, 330, '+' + got, { fontSize: '26px', color: '#fff59d' });
    this.tweens.add({ targets: t, y: 270, alpha: 0, duration: 900, onComplete: () => t.destroy() });
  }

  buyOven() {
    if (this.state.bank < 25) return;
    this.state.bank -= 25;
    this.state.ovens++;
  }

  save() {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ state: this.state, savedAt: Date.now() }));
  }

  update(time, delta) {
    this.state.jar += this.state.ovens * 3 * delta / 1000;
    this.jarText.setText('Jar: ' + Math.floor(this.state.jar) + ' buns');
    this.bankText.setText('Bank: ' + this.state.bank + ' buns');
    this.ovenText.setText('Ovens: ' + this.state.ovens + '  (' + this.state.ovens * 3 + ' buns/s)');
    this.ovenBtn.setAlpha(this.state.bank >= 25 ? 1 : 0.5);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Bakery
};

new Phaser.Game(config);
