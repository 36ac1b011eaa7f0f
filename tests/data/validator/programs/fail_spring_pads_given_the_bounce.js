// Springs: land on a green pad and get thrown high into the air; arrow keys move left and right.
class Springs extends Phaser.Scene {
  constructor() { super('springs'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66bb6a).fillRect(0, 0, 80, 16).generateTexture('pad', 80, 16);
    g.clear().fillStyle(0xffca28).fillRect(0, 0, 24, 24).generateTexture('ball', 24, 24);
    g.destroy();
  }
  create() {
    this.pads = this.physics.add.group({ allowGravity: false, immovable: true, bounceY: 1.4 });
    [150, 400, 650].forEach((x) => this.pads.create(x, 560, 'pad'));
    this.ball = this.physics.add.image(400, 100, 'ball').setCollideWorldBounds(true);
    this.physics.add.collider(this.ball, this.pads);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.ball.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 700 } } }, scene: Springs });
