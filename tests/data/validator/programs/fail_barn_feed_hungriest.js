// Barn care: five animals (Cow, Pig, Goat, Sheep, Hen) each get hungrier every second at their own rate, shown as bars from 0 to 100; pressing F (or clicking FEED) spends 1 hay to feed the hungriest animal, setting its hunger back to 0; you start with 20 hay.
const ANIMALS = [
  { name: 'Cow', rate: 3, color: 0xffffff },
  { name: 'Pig', rate: 5, color: 0xf48fb1 },
  { name: 'Goat', rate: 4, color: 0xbcaaa4 },
  { name: 'Sheep', rate: 2, color: 0xeeeeee },
  { name: 'Hen', rate: 6, color: 0xffcc80 }
];
const BAR_W = 360;

class BarnScene extends Phaser.Scene {
  constructor() {
    super('Barn');
  }

  create() {
    this.hay = 20;
    this.animals = ANIMALS.map((a, i) => {
      const y = 140 + i * 70;
      this.add.circle(120, y, 22, a.color).setStrokeStyle(2, 0x000000);
      this.add.text(160, y, a.name, { fontSize: '22px', color: '#ffffff' }).setOrigin(0, 0.5);
      this.add.rectangle(280, y, BAR_W, 22, 0x263238).setOrigin(0, 0.5);
      const bar = this.add.rectangle(280, y, 0, 22, 0x66bb6a).setOrigin(0, 0.5);
      const value = this.add.text(650, y, '0', { fontSize: '20px', color: '#ffffff' }).setOrigin(0, 0.5);
      return { name: a.name, rate: a.rate, hunger: Phaser.Math.Between(0, 30), bar, value, y };
    });

    this.add.text(400, 40, 'The Barn', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.hayText = this.add.text(120, 520, '', { fontSize: '22px', color: '#fff176' });
    this.msg = this.add.text(400, 575, 'F or FEED: feed the hungriest animal', { fontSize: '18px', color: '#e0e0e0' }).setOrigin(0.5);

    const feedBtn = this.add.text(560, 520, ' FEED ', { fontSize: '24px', color: '#000000', backgroundColor: '#ffd54f' });
    feedBtn.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.feed());
    this.input.keyboard.on('keydown-F', () => this.feed());

    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        this.animals.forEach(a => { a.hunger = Math.min(100, a.hunger + a.rate); });
        this.drawBars();
      }
    });
    this.drawBars();
  }

  feed() {
    if (this.hay <= 0) {
      this.msg.setText('Out of hay!');
      return;
    }
    const target = [...this.animals].sort((a, b) => a.hunger - b.hunger)[0];
    this.hay -= 1;
    target.hunger = 0;
    this.msg.setText('Fed the ' + target.name);
    const munch = this.add.text(100, target.y - 30, 'munch!', { fontSize: '16px', color: '#ffffff' });
    this.tweens.add({ targets: munch, y: target.y - 60, alpha: 0, duration: 800, onComplete: () => munch.destroy() });
    this.drawBars();
  }

  drawBars() {
    this.animals.forEach(a => {
      a.bar.width = BAR_W * a.hunger / 100;
      a.bar.setFillStyle(a.hunger > 70 ? 0xef5350 : a.hunger > 40 ? 0xffb300 : 0x66bb6a);
      a.value.setText(String(a.hunger));
    });
    this.hayText.setText('Hay: ' + this.hay);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#6d4c41',
  scene: BarnScene
};

new Phaser.Game(config);
