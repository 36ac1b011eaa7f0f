// Enemies keep their own fields (speed, lifespan, hits, a label) on the game objects: the program reads each of
// them back, or names them nowhere Phaser looks; none is a setting Phaser would read.
class Waves extends Phaser.Scene {
  preload() {}
  create() {
    this.enemies = [];
    for (let i = 0; i < 4; i++) {
      const e = this.add.rectangle(100 + i * 180, 100, 40, 40, 0x44dd88);
      e.speed = 40 + i * 20;
      e.lifespan = 4000;
      e.hits = 0;
      e.kindLabel = 'grunt';
      e.setInteractive();
      e.on('pointerdown', () => { e.hits += 1; e.setFillStyle(0xdd4444); });
      this.enemies.push(e);
    }
  }
  update(time, delta) {
    for (const e of this.enemies) {
      e.y += (e.speed * delta) / 1000;
      e.lifespan -= delta;
      if (e.y > 560 || e.lifespan <= 0) { e.y = 100; e.lifespan = 4000; }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Waves });
