// Click each of the five lamps to light it; when all five are lit, show "All lit!"
class Lamps extends Phaser.Scene {
  create() {
    this.lit = new Set();
    this.lamps = [];
    for (let i = 0; i < 5; i++) {
      const lamp = this.add.circle(160 + i * 120, 300, 36, 0x444444).setInteractive();
      lamp.on('pointerdown', () => this.light(i, lamp));
      this.lamps.push(lamp);
    }
    this.info = this.add.text(400, 120, 'Light every lamp', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
  }
  light(i, lamp) {
    lamp.setFillStyle(0xffdd44);
    this.lit.add(i);
    if (this.lit.length === this.lamps.length) this.info.setText('All lit!');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lamps });
