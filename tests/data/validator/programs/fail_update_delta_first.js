// update(delta): Phaser calls update(time, delta), so the box moves by the time since the start and leaves the view.
class Move extends Phaser.Scene {
  constructor() { super('move'); }
  preload() {}
  create() {
    this.box = this.add.rectangle(100, 300, 40, 40, 0x00ff88);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update(delta) {
    if (this.cursors.right.isDown) this.box.x += 0.2 * delta;
    if (this.cursors.left.isDown) this.box.x -= 0.2 * delta;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Move });
