// Drop crates with a click; each time a crate hits the floor the impact counter goes up by one
class Crates extends Phaser.Scene {
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.floor = this.matter.add.rectangle(400, 580, 800, 40, { isStatic: true, label: 'floor' });
    this.hits = 0;
    this.counter = this.add.text(20, 20, 'Impacts: 0', { fontSize: '24px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => this.matter.add.rectangle(p.x, 80, 40, 40, { label: 'crate', restitution: 0.3 }));
    this.matter.world.on('collisionstart', (event) => {
      for (const pair of event.pairs) {
        const labels = [pair.bodyA.label, pair.bodyB.label];
        if (labels.includes('floor') && labels.includes('crate')) {
          this.hits++;
          this.counter.setText('Impacts: ' + this.hits);
        }
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crates });
