// A glider slides left and right along a rail forever; its start point is kept as a vector
class Glider extends Phaser.Scene {
  create() {
    this.start = new Phaser.Math.Vector2(150, 300);
    this.glider = this.add.rectangle(this.start.x, this.start.y, 60, 20, 0x66ccff);
    this.slide = this.tweens.add({ targets: this.glider, x: 650, duration: 2000, yoyo: true, repeat: -1 });
    this.offset = this.start.clone().subtract(new Phaser.Math.Vector2(100, 100));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Glider });
