// explode(pointer.x, pointer.y) takes the x as a particle count: the burst appears along the top, hundreds strong
class Burst extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffcc33).fillCircle(3, 3, 3);
    g.generateTexture('spark', 6, 6);
    g.destroy();
    this.emitter = this.add.particles(0, 0, 'spark', { speed: 150, lifespan: 500, emitting: false });
    this.input.on('pointerdown', (pointer) => this.emitter.explode(pointer.x, pointer.y));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Burst });
