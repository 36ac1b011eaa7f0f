// Twin-stick shooter: the ship turns to the pointer and a click fires a bullet toward it.
class Shooter extends Phaser.Scene {
  constructor() { super('shooter'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffee55).fillCircle(4, 4, 4);
    g.generateTexture('bullet', 8, 8);
    g.destroy();
  }
  create() {
    this.ship = this.add.triangle(400, 300, 0, 30, 15, 0, 30, 30, 0x66ccff);
    this.bullets = this.physics.add.group({ defaultKey: 'bullet', maxSize: 30 });
    this.input.on('pointerdown', (pointer) => {
      const bullet = this.bullets.get(this.ship.x, this.ship.y);
      if (!bullet) return;
      bullet.setActive(true).setVisible(true);
      const angle = Phaser.Math.Angle.Between(this.ship.x, this.ship.y, pointer.x, pointer.y);
      this.physics.velocityFromRotation(angle, 600, bullet.velocity);
    });
  }
  update() {
    const p = this.input.activePointer;
    this.ship.rotation = Phaser.Math.Angle.Between(this.ship.x, this.ship.y, p.x, p.y) + Math.PI / 2;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Shooter });
