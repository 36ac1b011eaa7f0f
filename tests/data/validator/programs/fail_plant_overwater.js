// Houseplant: soil moisture (0-100, blue bar) drops 3 points per second; pressing W or clicking the watering can pours 30 water. A watering that would push moisture above 100 overwaters the plant: its leaves turn brown and it stops growing for 8 s (moisture is capped at 100). While moisture is from 30 to 90 and the plant is not overwatered it grows one leaf every 4 s (up to 10); at 0 moisture it loses a leaf every 4 s.
class PlantScene extends Phaser.Scene {
  constructor() {
    super('Plant');
  }

  create() {
    this.moisture = 50;
    this.leaves = 3;
    this.soggyUntil = 0;

    this.add.rectangle(400, 560, 800, 80, 0xd4a373);
    this.add.polygon(400, 500, [[0, 0], [140, 0], [120, 80], [20, 80]], 0xbc6c25);
    this.plant = this.add.graphics();

    this.can = this.add.container(640, 250);
    this.can.add([
      this.add.rectangle(0, 0, 80, 60, 0x6c757d),
      this.add.rectangle(-55, -15, 50, 10, 0x6c757d).setAngle(-25),
      this.add.text(0, 0, 'W', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5)
    ]);
    this.can.setSize(120, 80).setInteractive({ useHandCursor: true });
    this.can.on('pointerdown', () => this.water());
    this.input.keyboard.on('keydown-W', () => this.water());

    this.bar = this.add.graphics();
    this.statusText = this.add.text(20, 56, '', { fontSize: '20px', color: '#283618' });
    this.add.text(20, 20, 'Moisture', { fontSize: '20px', color: '#283618' });

    this.time.addEvent({ delay: 4000, loop: true, callback: this.growTick, callbackScope: this });
    this.drawPlant();
  }

  setMoisture(value) {
    this.moisture = Phaser.Math.Clamp(value, 0, 100);
  }

  isSoggy() {
    return this.time.now < this.soggyUntil;
  }

  water() {
    this.setMoisture(this.moisture + 30);
    if (this.moisture > 100) {
      this.soggyUntil = this.time.now + 8000;
      this.drawPlant();
    }
    const drop = this.add.circle(600, 270, 8, 0x48cae4);
    this.tweens.add({ targets: drop, x: 430, y: 450, duration: 400, onComplete: () => drop.destroy() });
    this.tweens.add({ targets: this.can, angle: -30, duration: 150, yoyo: true });
  }

  growTick() {
    if (this.moisture <= 0) {
      this.leaves = Math.max(0, this.leaves - 1);
    } else if (!this.isSoggy() && this.moisture >= 30 && this.moisture <= 90) {
      this.leaves = Math.min(10, this.leaves + 1);
    }
    this.drawPlant();
  }

  drawPlant() {
    const g = this.plant;
    const color = this.isSoggy() ? 0x8d6e3f : 0x52b788;
    const top = 460 - 24 * Math.max(this.leaves, 1);
    g.clear();
    g.lineStyle(6, 0x2d6a4f, 1);
    g.lineBetween(400, 460, 400, top);
    g.fillStyle(color, 1);
    for (let i = 0; i < this.leaves; i++) {
      const y = 440 - i * 24;
      const side = i % 2 === 0 ? -1 : 1;
      g.fillEllipse(400 + side * 26, y, 46, 18);
    }
    this.wasSoggy = this.isSoggy();
  }

  update(time, delta) {
    this.setMoisture(this.moisture - 3 * (delta / 1000));
    if (this.wasSoggy && !this.isSoggy()) this.drawPlant();

    this.bar.clear();
    this.bar.fillStyle(0xe9edc9, 1);
    this.bar.fillRect(120, 22, 300, 22);
    this.bar.fillStyle(0x0096c7, 1);
    this.bar.fillRect(120, 22, 3 * this.moisture, 22);
    const state = this.isSoggy() ? 'Overwatered!' : this.moisture === 0 ? 'Thirsty!' : 'Leaves: ' + this.leaves;
    this.statusText.setText(state);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#fefae0',
  scene: PlantScene
};

new Phaser.Game(config);
