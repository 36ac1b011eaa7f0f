// a pool whose members come back whole: enableBody(true, x, y, true, true) after disableBody(true, true)
class Rain extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x3399ff).fillCircle(6, 6, 6);
    g.generateTexture('drop', 12, 12);
    g.destroy();
    this.drops = this.physics.add.group({ defaultKey: 'drop', maxSize: 12 });
    this.time.addEvent({ delay: 120, loop: true, callback: () => {
      const d = this.drops.get();
      if (!d) return;
      d.enableBody(true, Phaser.Math.Between(20, 780), 0, true, true);
      d.body.setVelocityY(300);
    } });
  }

  update() {
    this.drops.children.each((d) => {
      if (d.active && d.y > 620) d.disableBody(true, true);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Rain });
