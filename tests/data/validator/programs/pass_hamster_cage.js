// Hamster cage: Hunger and Thirst bars (0-100) go down by 4 and 5 points per second; clicking the seed bowl adds 25 hunger and clicking the water bottle adds 25 thirst, and each value always stays between 0 and 100. The hamster runs in its wheel (the wheel spins) while both values are above 30; otherwise it lies still on the floor.
class CageScene extends Phaser.Scene {
  constructor() {
    super('Cage');
  }

  create() {
    this.hunger = 70;
    this.thirst = 60;

    const g = this.add.graphics();
    g.fillStyle(0xd9a066, 1);
    g.fillEllipse(30, 20, 58, 38);
    g.fillStyle(0xf3d3b0, 1);
    g.fillEllipse(34, 26, 30, 18);
    g.fillStyle(0x000000, 1);
    g.fillCircle(48, 14, 3);
    g.fillStyle(0xf19cbb, 1);
    g.fillCircle(12, 6, 6);
    g.generateTexture('hamster', 60, 40);
    g.clear();
    g.lineStyle(6, 0x8d99ae, 1);
    g.strokeCircle(80, 80, 74);
    for (let i = 0; i < 8; i++) {
      const a = (Math.PI / 4) * i;
      g.lineBetween(80, 80, 80 + Math.cos(a) * 74, 80 + Math.sin(a) * 74);
    }
    g.generateTexture('wheel', 160, 160);
    g.destroy();

    this.add.rectangle(400, 330, 700, 440, 0xfaf3e0).setStrokeStyle(8, 0x6c757d);
    this.add.rectangle(400, 520, 692, 50, 0xe9c46a);
    this.wheel = this.add.image(520, 400, 'wheel');
    this.hamster = this.add.image(520, 455, 'hamster');

    this.bowl = this.add.ellipse(200, 500, 120, 40, 0x8b5e34).setInteractive({ useHandCursor: true });
    this.add.text(200, 470, 'seeds', { fontSize: '16px', color: '#5a3d1e' }).setOrigin(0.5);
    this.bottle = this.add.rectangle(720, 240, 40, 140, 0x9bd3f5, 0.9).setStrokeStyle(3, 0x3a7ca5)
      .setInteractive({ useHandCursor: true });
    this.add.text(720, 330, 'water', { fontSize: '16px', color: '#3a7ca5' }).setOrigin(0.5);

    this.bowl.on('pointerdown', () => {
      this.hunger = Math.min(100, this.hunger + 25);
      this.pop(this.bowl);
    });
    this.bottle.on('pointerdown', () => {
      this.thirst = Math.min(100, this.thirst + 25);
      this.pop(this.bottle);
    });

    this.bars = this.add.graphics();
    this.add.text(80, 140, 'Hunger', { fontSize: '18px', color: '#333333' });
    this.add.text(80, 176, 'Thirst', { fontSize: '18px', color: '#333333' });
    this.mood = this.add.text(80, 212, '', { fontSize: '18px', color: '#333333' });
  }

  pop(target) {
    this.tweens.add({ targets: target, scale: 1.12, duration: 80, yoyo: true });
  }

  update(time, delta) {
    const dt = delta / 1000;
    this.hunger = Math.max(0, this.hunger - 4 * dt);
    this.thirst = Math.max(0, this.thirst - 5 * dt);

    const running = this.hunger > 30 && this.thirst > 30;
    if (running) {
      this.wheel.rotation += 5 * dt;
      this.hamster.setPosition(520 + Math.sin(time / 60) * 3, 455).setAngle(0);
    } else {
      this.hamster.setPosition(400, 480).setAngle(0);
    }
    this.mood.setText(running ? 'Running!' : 'Too tired to run...');

    const b = this.bars;
    b.clear();
    [[this.hunger, 0xe76f51, 142], [this.thirst, 0x2a9d8f, 178]].forEach(([value, color, y]) => {
      const shown = Phaser.Math.Clamp(value, 0, 100);
      b.fillStyle(0xcccccc, 1);
      b.fillRect(160, y, 250, 20);
      b.fillStyle(color, 1);
      b.fillRect(160, y, 2.5 * shown, 20);
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#cdb4db',
  scene: CageScene
};

new Phaser.Game(config);
