// Space drift: no gravity; arrow keys push the ship with small thrusts (Matter)
class Drift extends Phaser.Scene {
  constructor() { super('drift'); }
  create() {
    this.matter.world.setGravity(0);
    this.matter.world.setBounds(0, 0, 500, 340);
    const g = this.add.graphics();
    g.fillStyle(0x80deea).fillTriangle(0, 24, 12, 0, 24, 24).generateTexture('ship', 24, 24).destroy();
    this.ship = this.matter.add.image(250, 170, 'ship').setFrictionAir(0.01);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.keys.left.isDown) this.ship.applyForce({ x: -0.0005, y: 0 });
    if (this.keys.right.isDown) this.ship.applyForce({ x: 0.0005, y: 0 });
    if (this.keys.up.isDown) this.ship.applyForce({ x: 0, y: -0.0005 });
    if (this.keys.down.isDown) this.ship.applyForce({ x: 0, y: 0.0005 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 500, height: 340, backgroundColor: '#000010', physics: { default: 'matter' }, scene: Drift });
