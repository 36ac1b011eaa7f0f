// Drop balls onto pegs (Matter); each time a ball hits a peg, score a point
class Pegs extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(8, 8, 8).generateTexture('peg', 16, 16);
    g.destroy();
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.pegs = [];
    for (let i = 0; i < 6; i++) this.pegs.push(this.matter.add.image(150 + i * 100, 300, 'peg', null, { shape: 'circle', isStatic: true }));
    this.time.addEvent({ delay: 800, loop: true, callback: () => this.matter.add.circle(Phaser.Math.Between(150, 650), 20, 10, { restitution: 0.6 }) });
    this.matter.world.on('collisionstart', (event) => {
      for (const pair of event.pairs) {
        if (this.pegs.includes(pair.bodyA.gameObject) || this.pegs.includes(pair.bodyB.gameObject)) { this.score += 1; this.label.setText('Score: ' + this.score); }
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Pegs });
