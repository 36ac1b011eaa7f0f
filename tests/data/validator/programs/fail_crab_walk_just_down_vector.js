// Crab: hold the arrow keys to walk the crab around the beach
class Beach extends Phaser.Scene {
  constructor() { super('beach'); }
  create() {
    this.crab = this.add.ellipse(300, 200, 40, 26, 0xff7043);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    const move = new Phaser.Math.Vector2(0, 0);
    if (Phaser.Input.Keyboard.JustDown(this.keys.left)) move.x -= 1;
    if (Phaser.Input.Keyboard.JustDown(this.keys.right)) move.x += 1;
    if (Phaser.Input.Keyboard.JustDown(this.keys.up)) move.y -= 1;
    if (Phaser.Input.Keyboard.JustDown(this.keys.down)) move.y += 1;
    move.normalize();
    this.crab.x += move.x * 180 * delta / 1000;
    this.crab.y += move.y * 180 * delta / 1000;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#ffe0b2', scene: Beach });
