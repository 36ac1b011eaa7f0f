// Endless runner: the camera follows the runner to the right; rocks appear ahead every 1.2 s, jump them with SPACE
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  create() {
    this.physics.world.setBounds(0, 0, 100000, 400);
    this.cameras.main.setBounds(0, 0, 100000, 400);
    this.runner = this.add.rectangle(100, 340, 24, 40, 0x42a5f5);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true).setVelocityX(220);
    this.cameras.main.startFollow(this.runner, true, 1, 1, -200, 0);
    this.rocks = this.physics.add.staticGroup();
    this.physics.add.collider(this.runner, this.rocks, () => this.runner.body.setVelocityX(0));
    this.time.addEvent({ delay: 1200, loop: true, callback: () => this.addRock() });
    this.jump = this.input.keyboard.addKey('SPACE');
  }
  addRock() {
    const rock = this.add.rectangle(this.scale.width + 40, 350, 30, 30, 0x8d6e63);
    this.rocks.add(rock);
  }
  update() {
    if (Phaser.Input.Keyboard.JustDown(this.jump) && this.runner.body.blocked.down) this.runner.body.setVelocityY(-420);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#fff3e0', physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Run });
