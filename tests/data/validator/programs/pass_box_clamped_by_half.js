// Move the green box with the arrow keys; it stays wholly inside the screen
const BOX = 80;
class Keeper extends Phaser.Scene {
  create() {
    this.box = this.add.rectangle(400, 300, BOX, BOX, 0x44dd66);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    const dx = (this.keys.right.isDown ? 1 : 0) - (this.keys.left.isDown ? 1 : 0);
    const dy = (this.keys.down.isDown ? 1 : 0) - (this.keys.up.isDown ? 1 : 0);
    this.box.x = Phaser.Math.Clamp(this.box.x + dx * 0.3 * delta, BOX / 2, 800 - BOX / 2);
    this.box.y = Phaser.Math.Clamp(this.box.y + dy * 0.3 * delta, BOX / 2, 600 - BOX / 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Keeper });
