// An auto-runner across a 3000 px level: the physics world is as big as the level.
class Level extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 15; i++) this.add.rectangle(100 + i * 200, 520, 160, 24, 0x6ab04c);
    this.add.rectangle(1500, 580, 3000, 40, 0x8d6e63);
    this.runner = this.add.rectangle(100, 480, 28, 40, 0xff7043);
    this.physics.add.existing(this.runner);
    this.physics.world.setBounds(0, 0, 3000, 600);
    this.runner.body.setCollideWorldBounds(true);
    this.runner.body.setVelocityX(260);
    this.cameras.main.startFollow(this.runner);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Level });
