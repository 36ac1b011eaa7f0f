// Egg drop: eggs fall onto a Matter floor; an egg that lands on the floor breaks and a counter goes up
class EggDrop extends Phaser.Scene {
  constructor() { super('eggs'); }
  create() {
    this.broken = 0;
    this.label = this.add.text(12, 10, 'Broken: 0', { fontSize: '20px', color: '#ffffff' });
    this.matter.add.rectangle(300, 390, 600, 20, { isStatic: true, label: 'floor' });
    this.time.addEvent({ delay: 500, repeat: 5, callback: () => {
      this.matter.add.circle(Phaser.Math.Between(100, 500), 20, 12, { label: 'egg', restitution: 0.2 });
    } });
    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach((pair) => {
        if (pair.bodyA.label === 'egg' && pair.bodyB.label === 'floor') {
          this.broken += 1;
          this.label.setText('Broken: ' + this.broken);
        }
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: EggDrop });
