// Matter: a U-shaped bucket (one compound body of three parts) slides under falling balls; count the balls caught
class Bucket extends Phaser.Scene {
  constructor() { super('bucket'); }
  create() {
    this.matter.world.setBounds(0, 0, 500, 400);
    const M = Phaser.Physics.Matter.Matter;
    const base = M.Bodies.rectangle(250, 360, 100, 10);
    const left = M.Bodies.rectangle(205, 335, 10, 50);
    const right = M.Bodies.rectangle(295, 335, 10, 50);
    this.bucket = M.Body.create({ parts: [base, left, right], label: 'bucket', isStatic: true });
    this.matter.world.add(this.bucket);
    this.caught = 0;
    this.info = this.add.text(10, 10, 'caught: 0', { fontSize: '16px', color: '#fff' });
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.matter.add.circle(Phaser.Math.Between(200, 300), 10, 8, { label: 'ball' }) });
    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach((pair) => {
        const [a, b] = [pair.bodyA.parent, pair.bodyB.parent];
        if ((a.label === 'bucket' && b.label === 'ball') || (b.label === 'bucket' && a.label === 'ball')) {
          this.caught += 1;
          this.info.setText('caught: ' + this.caught);
        }
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 500, height: 400, backgroundColor: '#202830',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Bucket });
