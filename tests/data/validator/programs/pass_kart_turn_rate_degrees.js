// Top-down kart: UP drives forward, LEFT/RIGHT steer
const STEER = 90; // a quarter turn a second, in degrees
class Kart extends Phaser.Scene {
  constructor() { super('kart'); }
  create() {
    const g = this.add.graphics().fillStyle(0xe53935, 1).fillRect(0, 0, 36, 20);
    g.generateTexture('kart', 36, 20);
    g.destroy();
    this.kart = this.physics.add.image(320, 240, 'kart').setDrag(120).setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const k = this.kart;
    if (this.keys.left.isDown) k.setAngularVelocity(-STEER);
    else if (this.keys.right.isDown) k.setAngularVelocity(STEER);
    else k.setAngularVelocity(0);
    if (this.keys.up.isDown) this.physics.velocityFromRotation(k.rotation, 200, k.body.velocity);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#616161', physics: { default: 'arcade' }, scene: Kart });
