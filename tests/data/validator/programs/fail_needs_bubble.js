// Needs pet: four needs - Hunger, Fun, Energy, Hygiene - each 0-100, are shown as labelled bars always in that order and drop 2, 3, 1 and 1.5 points per second. The buttons Feed, Play, Nap and Bath (or keys 1-4) add 30 to Hunger, Fun, Energy and Hygiene respectively (max 100). A thought bubble above the pet always names the currently lowest need.
const NEEDS = [
  { name: 'Hunger', rate: 2, color: 0xef476f, action: 'Feed' },
  { name: 'Fun', rate: 3, color: 0xffd166, action: 'Play' },
  { name: 'Energy', rate: 1, color: 0x06d6a0, action: 'Nap' },
  { name: 'Hygiene', rate: 1.5, color: 0x118ab2, action: 'Bath' }
];

class NeedsScene extends Phaser.Scene {
  constructor() {
    super('Needs');
  }

  create() {
    this.needs = NEEDS.map((n, i) => ({ name: n.name, rate: n.rate, color: n.color, value: 70 - i * 10 }));

    this.add.rectangle(560, 520, 480, 80, 0xdee2e6);
    this.pet = this.add.container(560, 380);
    const body = this.add.ellipse(0, 0, 150, 130, 0xb8c0ff);
    const eyeL = this.add.circle(-30, -15, 10, 0x212529);
    const eyeR = this.add.circle(30, -15, 10, 0x212529);
    this.pet.add([body, eyeL, eyeR]);
    this.tweens.add({ targets: this.pet, scaleY: 0.95, duration: 800, yoyo: true, repeat: -1 });

    this.bubble = this.add.container(610, 230);
    this.bubble.add([
      this.add.circle(-60, 70, 8, 0xffffff),
      this.add.circle(-45, 50, 12, 0xffffff),
      this.add.ellipse(0, 0, 200, 70, 0xffffff)
    ]);
    this.bubbleText = this.add.text(0, 0, '', { fontSize: '20px', color: '#212529' }).setOrigin(0.5);
    this.bubble.add(this.bubbleText);

    this.bars = this.add.graphics();
    this.needs.forEach((need, i) => {
      this.add.text(30, 40 + i * 50, need.name, { fontSize: '20px', color: '#212529' });
    });

    NEEDS.forEach((n, i) => {
      const btn = this.add.text(70 + i * 100, 540, (i + 1) + ' ' + n.action, {
        fontSize: '18px', color: '#ffffff', backgroundColor: '#495057', padding: { x: 8, y: 6 }
      }).setOrigin(0.5).setInteractive({ useHandCursor: true });
      btn.on('pointerdown', () => this.boost(i));
    });
    this.input.keyboard.on('keydown', (event) => {
      const i = '1234'.indexOf(event.key);
      if (event.key.length === 1 && i !== -1) this.boost(i);
    });
  }

  boost(index) {
    const need = this.needs[index];
    need.value = Math.min(100, need.value + 30);
    this.tweens.add({ targets: this.pet, angle: { from: -6, to: 6 }, duration: 80, yoyo: true, repeat: 1,
      onComplete: () => this.pet.setAngle(0) });
  }

  lowestNeed() {
    return this.needs.sort((a, b) => a.value - b.value)[0];
  }

  update(time, delta) {
    const dt = delta / 1000;
    this.needs.forEach((need) => {
      need.value = Math.max(0, need.value - need.rate * dt);
    });

    const g = this.bars;
    g.clear();
    this.needs.forEach((need, i) => {
      g.fillStyle(0xced4da, 1);
      g.fillRect(130, 42 + i * 50, 250, 24);
      g.fillStyle(need.color, 1);
      g.fillRect(130, 42 + i * 50, 2.5 * need.value, 24);
    });

    const lowest = this.lowestNeed();
    this.bubbleText.setText('I need ' + lowest.name + '!');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f8f9fa',
  scene: NeedsScene
};

new Phaser.Game(config);
