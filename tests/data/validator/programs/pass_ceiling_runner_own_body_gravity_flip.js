// Ceiling runner: press SPACE to flip gravity and run along the ceiling (the runner carries its own gravity)
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  create() {
    this.runner = this.add.rectangle(120, 200, 24, 32, 0x80deea);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true);
    this.runner.body.gravity.y = 900;
    this.input.keyboard.on('keydown-SPACE', () => { this.runner.body.gravity.y = -this.runner.body.gravity.y; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Run });
