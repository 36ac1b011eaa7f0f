// bullets are killAndHide()-d when they leave the top, and get() hands them back still invisible and inactive
class Shooter extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffff00).fillRect(0, 0, 4, 14);
    g.generateTexture('bullet', 4, 14);
    g.destroy();
    this.ship = this.add.triangle(400, 560, 0, 30, 15, 0, 30, 30, 0x66ccff);
    this.bullets = this.physics.add.group({ defaultKey: 'bullet', maxSize: 8 });
    this.time.addEvent({ delay: 150, loop: true, callback: () => {
      const b = this.bullets.get(this.ship.x, 540);
      if (b) b.body.setVelocityY(-500);
    } });
  }

  update() {
    this.bullets.children.each((b) => {
      if (b.active && b.y < -20) this.bullets.killAndHide(b);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Shooter });
