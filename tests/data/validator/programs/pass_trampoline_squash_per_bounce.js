// A ball bounces on a trampoline forever; the trampoline squashes a little at every bounce
class Trampoline extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xff6644).fillCircle(16, 16, 16).generateTexture('ball', 32, 32).destroy();
    this.mat = this.add.rectangle(400, 560, 300, 16, 0x44ff88);
    this.physics.add.existing(this.mat, true);
    this.ball = this.physics.add.image(400, 200, 'ball').setBounce(1);
    this.physics.add.collider(this.ball, this.mat, () => {
      this.tweens.add({ targets: this.mat, scaleY: 0.5, duration: 80, yoyo: true });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 400 } } }, scene: Trampoline });
