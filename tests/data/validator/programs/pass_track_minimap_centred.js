// Rally: a 2400x1600 track; the main camera follows the car, a minimap in the corner shows the whole track
const W = 2400;
const H = 1600;
class Rally extends Phaser.Scene {
  constructor() { super('rally'); }
  create() {
    this.physics.world.setBounds(0, 0, W, H);
    this.add.rectangle(W / 2, H / 2, W - 200, H - 200).setStrokeStyle(80, 0x424242);
    this.car = this.add.rectangle(200, H / 2, 30, 18, 0xffeb3b);
    this.physics.add.existing(this.car);
    this.car.body.setCollideWorldBounds(true);
    this.cameras.main.setBounds(0, 0, W, H).startFollow(this.car);
    this.mini = this.cameras.add(600, 10, 190, 127).setZoom(190 / W);
    this.mini.setBackgroundColor(0x1b1b1b);
    this.mini.centerOn(W / 2, H / 2);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.car.body;
    b.setVelocity(0);
    if (this.keys.left.isDown) b.setVelocityX(-300);
    if (this.keys.right.isDown) b.setVelocityX(300);
    if (this.keys.up.isDown) b.setVelocityY(-300);
    if (this.keys.down.isDown) b.setVelocityY(300);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2e7d32', physics: { default: 'arcade' }, scene: Rally });
