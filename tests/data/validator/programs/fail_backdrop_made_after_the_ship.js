// Steer the ship left and right with the arrow keys to dodge the falling rocks.
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillTriangle(20, 0, 40, 30, 0, 30).generateTexture('ship', 40, 30);
    g.clear().fillStyle(0x8d6e63).fillCircle(14, 14, 14).generateTexture('rock', 28, 28);
    g.destroy();
  }
  create() {
    this.ship = this.physics.add.sprite(400, 560, 'ship').setCollideWorldBounds(true);
    this.rocks = this.physics.add.group();
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.rocks.create(Phaser.Math.Between(20, 780), -20, 'rock').setVelocityY(160) });
    this.physics.add.overlap(this.ship, this.rocks, () => this.scene.restart());
    this.keys = this.input.keyboard.createCursorKeys();
    const sky = this.add.graphics();
    sky.fillGradientStyle(0x0d1b2a, 0x0d1b2a, 0x1b263b, 0x1b263b, 1);
    sky.fillRect(0, 0, 800, 600);
  }
  update() {
    this.ship.setVelocityX(this.keys.left.isDown ? -260 : this.keys.right.isDown ? 260 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Dodge });
