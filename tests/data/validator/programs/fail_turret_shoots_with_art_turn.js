// Aim the ship with the mouse and click to shoot bullets toward the pointer
class Turret extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0x66ccff).fillTriangle(16, 0, 0, 32, 32, 32);
    g.generateTexture('ship', 32, 32);
    g.clear().fillStyle(0xffff66).fillCircle(4, 4, 4).generateTexture('shot', 8, 8);
    g.destroy();
    this.ship = this.physics.add.sprite(400, 300, 'ship');
    this.shots = this.physics.add.group();
    this.input.on('pointermove', (pointer) => {
      this.ship.rotation = Phaser.Math.Angle.Between(this.ship.x, this.ship.y, pointer.worldX, pointer.worldY) + Math.PI / 2;
    });
    this.input.on('pointerdown', () => this.fire());
  }
  fire() {
    const shot = this.shots.create(this.ship.x, this.ship.y, 'shot');
    this.physics.velocityFromRotation(this.ship.rotation, 500, shot.body.velocity);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Turret });
