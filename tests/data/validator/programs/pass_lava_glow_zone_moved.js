// Embers rise only from inside the lava pool, which slides left and right across the floor
class Lava extends Phaser.Scene {
  constructor() { super('lava'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffaa33, 1).fillCircle(4, 4, 4).generateTexture('ember', 8, 8);
    this.pool = this.add.rectangle(200, 440, 160, 30, 0xff4400);
    this.poolArea = new Phaser.Geom.Rectangle(this.pool.x - 80, this.pool.y - 15, 160, 30);
    this.add.particles(0, 0, 'ember', {
      speedY: { min: -120, max: -60 }, lifespan: 1500, frequency: 60, scale: { start: 1, end: 0 },
      emitZone: { type: 'random', source: this.poolArea },
    });
    this.tweens.add({ targets: this.pool, x: 600, duration: 3000, yoyo: true, repeat: -1 });
  }
  update() {
    this.poolArea.setTo(this.pool.x - 80, this.pool.y - 15, 160, 30);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 480, backgroundColor: '#100808', scene: Lava });
