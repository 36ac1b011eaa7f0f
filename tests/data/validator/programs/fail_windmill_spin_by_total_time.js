// A windmill whose sails turn at a steady 90 degrees per second
class Mill extends Phaser.Scene {
  constructor() { super('mill'); }
  create() {
    this.add.rectangle(300, 300, 40, 200, 0x8d6e63);
    this.sails = this.add.container(300, 200);
    for (let i = 0; i < 4; i++) this.sails.add(this.add.rectangle(0, -60, 20, 120, 0xeeeeee).setAngle(i * 90).setOrigin(0.5, 1));
    this.speed = 90; // degrees per second
  }
  update(time, delta) {
    const step = time / 1000;
    this.sails.angle += this.speed * step;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Mill });
