// An auto-runner across a 3000 px level: the camera follows the runner, but the physics world keeps its default
// bounds (the first 800 px), and the runner collides with them, so it stops at x = 800 with the level ahead.
class Level extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 15; i++) this.add.rectangle(100 + i * 200, 520, 160, 24, 0x6ab04c);
    this.add.rectangle(1500, 580, 3000, 40, 0x8d6e63);
    this.runner = this.add.rectangle(100, 480, 28, 40, 0xff7043);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true);
    this.runner.body.setVelocityX(260);
    this.cameras.main.startFollow(this.runner);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Level });
