// A little town seen from above at an angle: the knight walks among the houses, drawn in front of the houses above him.
class Town extends Phaser.Scene {
  constructor() { super('town'); }
  preload() {}
  create() {
    for (let i = 0; i < 6; i++) {
      const house = this.add.rectangle(120 + (i % 3) * 260, 180 + Math.floor(i / 3) * 220, 120, 140, 0x996644);
      house.z = house.y;
    }
    this.knight = this.add.rectangle(400, 300, 30, 50, 0xcccccc);
    this.knight.z = this.knight.y;
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.up.isDown) this.knight.y -= 2;
    if (this.cursors.down.isDown) this.knight.y += 2;
    if (this.cursors.left.isDown) this.knight.x -= 2;
    if (this.cursors.right.isDown) this.knight.x += 2;
    this.knight.z = this.knight.y;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#557744', scene: Town });
