// 绳桥：8 段木板用 Matter chain 连起来，两端固定，小球从上面滚过
class Rope extends Phaser.Scene {
  constructor() { super('rope'); }
  create() {
    this.matter.world.setBounds(0, 0, 600, 400);
    const planks = this.matter.add.stack(120, 200, 8, 1, 0, 0, (x, y) => this.matter.bodies.rectangle(x, y, 44, 10, { chamfer: 3 }));
    this.matter.add.chain(planks, 0.45, 0, -0.45, 0, { stiffness: 0.9, length: 2 });
    const first = planks.bodies[0];
    const last = planks.bodies[planks.bodies.length - 1];
    this.matter.add.worldConstraint(first, 2, 1, { pointA: { x: 100, y: 200 }, pointB: { x: -22, y: 0 } });
    this.matter.add.worldConstraint(last, 2, 1, { pointA: { x: 470, y: 200 }, pointB: { x: 22, y: 0 } });
    this.matter.add.circle(140, 120, 14, { restitution: 0.3 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#1b2a33',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Rope });
