// Matter layers: green crates land on the floor, blue crates fall through the floor shelf onto the ground below
const LAYER = { WORLD: 1, GREEN: 2, BLUE: 4 };
class Layers extends Phaser.Scene {
  constructor() { super('layers'); }
  create() {
    this.matter.world.setBounds(0, 0, 500, 360);
    const shelf = this.matter.add.rectangle(250, 200, 400, 12, { isStatic: true });
    shelf.collisionFilter.category = LAYER.GREEN;
    this.time.addEvent({ delay: 500, repeat: 9, callback: () => {
      const blue = Math.random() < 0.5;
      const box = this.matter.add.rectangle(Phaser.Math.Between(100, 400), 20, 24, 24, { render: { fillColor: blue ? 0x2196f3 : 0x4caf50 } });
      box.collisionFilter.category = blue ? LAYER.BLUE : LAYER.GREEN;
      box.collisionFilter.mask = blue ? LAYER.WORLD | LAYER.BLUE : LAYER.WORLD | LAYER.GREEN;
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 500, height: 360, backgroundColor: '#263238',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Layers });
