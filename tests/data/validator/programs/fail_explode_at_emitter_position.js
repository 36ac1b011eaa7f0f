// When an enemy is clicked it dies in a burst of 8 sparks that spread out and fade.
class Battle extends Phaser.Scene {
  constructor() { super('battle'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffaa33).fillCircle(3, 3, 3);
    g.generateTexture('spark', 6, 6);
    g.destroy();
  }
  create() {
    for (let i = 0; i < 5; i++) {
      const enemy = this.add.circle(120 + i * 140, 300, 24, 0xcc3333).setInteractive();
      enemy.on('pointerdown', () => this.die(enemy));
    }
  }
  die(enemy) {
    const { x, y } = enemy;
    enemy.destroy();
    const burst = this.add.particles(x, y, 'spark', { speed: { min: 60, max: 140 }, lifespan: 800, alpha: { start: 1, end: 0 }, emitting: false });
    burst.explode(8, x, y);
    this.time.delayedCall(1000, () => burst.destroy());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Battle });
