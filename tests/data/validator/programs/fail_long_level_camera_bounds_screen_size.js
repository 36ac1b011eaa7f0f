// Side-scroller: the level is 3000 px long; the camera follows the runner to the right
const LEVEL_W = 3000;
class Level extends Phaser.Scene {
  constructor() { super('level'); }
  create() {
    this.physics.world.setBounds(0, 0, LEVEL_W, 480);
    for (let x = 0; x < LEVEL_W; x += 150) this.add.rectangle(x, 440, 140, 80, 0x6d4c41).setOrigin(0);
    this.runner = this.add.rectangle(80, 380, 28, 40, 0x29b6f6);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true);
    const cam = this.cameras.main;
    cam.setBounds(0, 0, this.scale.width, this.scale.height);
    cam.startFollow(this.runner);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.runner.body.setVelocityX(this.keys.right.isDown ? 260 : this.keys.left.isDown ? -260 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#b3e5fc', physics: { default: 'arcade' }, scene: Level });
