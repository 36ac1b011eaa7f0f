// A rope bridge of planks hangs between two cliffs; drop a ball on it with a click and the bridge sags under it
class Bridge extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0xa47148).fillRect(0, 0, 50, 10);
    g.generateTexture('plank', 50, 10).destroy();
    this.planks = [];
    for (let i = 0; i < 10; i++) {
      const plank = this.matter.add.image(175 + i * 50, 300, 'plank', null, { density: 0.002 });
      const prev = this.planks[this.planks.length - 1];
      this.planks.push(plank);
      if (prev) this.matter.add.constraint(prev, plank, 0, 0.8, { pointA: { x: 25, y: 0 }, pointB: { x: -25, y: 0 } });
    }
    this.matter.add.worldConstraint(this.planks[0], 0, 0.9, { pointA: { x: 150, y: 300 }, pointB: { x: -25, y: 0 } });
    this.matter.add.worldConstraint(this.planks[9], 0, 0.9, { pointA: { x: 650, y: 300 }, pointB: { x: 25, y: 0 } });
    this.input.on('pointerdown', (p) => this.matter.add.circle(p.x, p.y, 16, { density: 0.01 }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Bridge });
