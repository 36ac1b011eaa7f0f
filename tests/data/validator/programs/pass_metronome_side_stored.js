// A swinging needle: count each time it crosses the middle, shown as "Ticks: n"
class Needle extends Phaser.Scene {
  create() {
    this.needle = this.add.rectangle(400, 300, 6, 200, 0xffffff).setOrigin(0.5, 1);
    this.ticks = 0;
    this.lastSide = 0;
    this.label = this.add.text(20, 20, 'Ticks: 0', { fontSize: '24px', color: '#ffffff' });
    this.tweens.add({ targets: this.needle, angle: { from: -40, to: 40 }, duration: 600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
  update() {
    const side = Math.sign(this.needle.angle);
    if (side !== 0 && this.lastSide !== 0 && side !== this.lastSide) {
      this.ticks += 1;
      this.label.setText('Ticks: ' + this.ticks);
    }
    if (side !== 0) this.lastSide = side;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Needle });
