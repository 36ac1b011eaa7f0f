// the comet tail's emitter is made at (400, 300) and then follows the pointer: its particles trail 400, 300 px away
class Comet extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffaa33).fillCircle(4, 4, 4);
    g.generateTexture('ember', 8, 8);
    g.destroy();
    this.tail = this.add.particles(400, 300, 'ember', { speed: 20, lifespan: 600, scale: { start: 1, end: 0 }, frequency: 20 });
    this.tail.startFollow(this.input.activePointer);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Comet });
