// the ship wraps round the screen by hand, but it collides with the world bounds: it stops at the edge instead
class Wrap extends Phaser.Scene {
  preload() {}

  create() {
    this.ship = this.add.triangle(400, 300, 0, 30, 15, 0, 30, 30, 0x66ccff);
    this.physics.add.existing(this.ship);
    this.ship.body.setCollideWorldBounds(true);
    this.ship.body.setVelocityX(250);
  }

  update() {
    const s = this.ship;
    if (s.x > this.scale.width + 20) s.x = -20;
    else if (s.x < -20) s.x = this.scale.width + 20;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Wrap });
