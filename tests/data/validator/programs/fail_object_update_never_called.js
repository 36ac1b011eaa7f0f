// Bullet.update() recycles the bullet, but the group has no runChildUpdate: true, so it never runs
class Bullet extends Phaser.Physics.Arcade.Image {
  fire(x, y) {
    this.enableBody(true, x, y, true, true);
    this.setVelocityY(-400);
  }

  update() {
    if (this.y < -10) this.disableBody(true, true);
  }
}

class Pool extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x3399ff).fillRect(0, 0, 6, 16);
    g.generateTexture('bullet', 6, 16);
    g.destroy();
    this.bullets = this.physics.add.group({ classType: Bullet, defaultKey: 'bullet', maxSize: 8 });
    this.time.addEvent({ delay: 200, loop: true, callback: () => {
      const b = this.bullets.get();
      if (b) b.fire(400, 580);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Pool });
