// The ship's speed typed as a string: Arcade adds gravity (here 0) to the velocity every step, so '160' + 0 becomes
// '1600' and the ship leaves the screen ten times as fast as the code says.
class ShipScene extends Phaser.Scene {
  constructor() {
    super('ship');
  }

  preload() {}

  create() {
    const texture = this.add.graphics();
    texture.fillStyle(0x99ddff, 1);
    texture.fillTriangle(0, 24, 12, 0, 24, 24);
    texture.generateTexture('ship', 24, 24);
    texture.destroy();
    this.ship = this.physics.add.image(100, 300, 'ship');
    this.ship.setVelocityX('160');
  }

  update() {
    if (this.ship.x > 820) this.ship.x = -20;
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000010',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } }, scene: ShipScene,
});
