// Press C to mark a checkpoint and R to return the runner to it; arrows move the runner
class Checkpoint extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0x44ddff).fillRect(0, 0, 30, 30).generateTexture('runner', 30, 30).destroy();
    this.runner = this.physics.add.image(100, 300, 'runner').setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
    this.mark = { x: 100, y: 300 };
    this.input.keyboard.on('keydown-C', () => { this.mark = { x: this.runner.x, y: this.runner.y }; });
    this.input.keyboard.on('keydown-R', () => { this.runner.body.position.set(this.mark.x, this.mark.y); });
  }
  update() {
    this.runner.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Checkpoint });
