// Holding SPACE slows the whole scene to a quarter speed (Arcade's world timeScale 4 is a quarter speed).
class SlowMo extends Phaser.Scene {
  preload() {}
  create() {
    this.ball = this.add.circle(100, 300, 14, 0x4fc3f7);
    this.physics.add.existing(this.ball);
    this.ball.body.setVelocity(200, 0).setCollideWorldBounds(true).setBounce(1);
    this.spinner = this.add.rectangle(600, 300, 80, 10, 0xffffff);
    this.tweens.add({ targets: this.spinner, angle: 360, duration: 2000, repeat: -1 });
    this.space = this.input.keyboard.addKey('SPACE');
  }
  update() {
    const slow = this.space.isDown;
    this.physics.world.timeScale = slow ? 4 : 1;
    this.tweens.timeScale = slow ? 0.25 : 1;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: SlowMo });
