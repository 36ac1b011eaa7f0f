// A 2400 px level: the camera follows the runner (arrow keys); falling into the pit respawns the runner at the start
class Level extends Phaser.Scene {
  create() {
    this.physics.world.setBounds(0, 0, 2400, 600);
    this.cameras.main.setBounds(0, 0, 2400, 600);
    this.pit = this.add.rectangle(1200, 590, 200, 20, 0xff3300);
    this.physics.add.existing(this.pit, true);
    this.spawnRunner();
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  spawnRunner() {
    this.runner = this.add.rectangle(100, 500, 24, 36, 0x66ccff);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true);
    this.physics.add.overlap(this.runner, this.pit, () => this.die());
    this.cameras.main.startFollow(this.runner);
  }
  die() {
    this.runner.destroy();
    this.spawnRunner();
  }
  update() {
    if (this.runner.body) this.runner.body.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 260);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Level });
