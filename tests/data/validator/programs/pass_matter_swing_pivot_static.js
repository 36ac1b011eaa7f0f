// Swing (Matter): a seat hangs from a fixed hook on a rope; drag the seat and let go to make it swing
class Swing extends Phaser.Scene {
  constructor() { super('swing'); }
  create() {
    this.hook = this.matter.add.circle(400, 80, 6, { isStatic: true });
    this.seat = this.matter.add.rectangle(400, 330, 90, 16, { density: 0.004, frictionAir: 0.002 });
    this.matter.add.constraint(this.hook, this.seat, 250, 0.9, { damping: 0.02 });
    this.matter.add.mouseSpring({ stiffness: 0.1 });
    this.rope = this.add.graphics();
    this.info = this.add.text(16, 16, 'Drag the seat and let go', { fontSize: '18px', color: '#ffffff' });
  }
  update() {
    this.rope.clear().lineStyle(3, 0xd7ccc8).lineBetween(this.hook.position.x, this.hook.position.y, this.seat.position.x, this.seat.position.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1e272e',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Swing });
