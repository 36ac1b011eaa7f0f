// Sheep flee from the dog (arrow keys): each sheep runs away from the dog at 90 px/s and stays on the field.
class ChaseScene extends Phaser.Scene {
  constructor() { super('chase'); }
  preload() {}
  create() {
    this.dog = this.add.rectangle(200, 300, 28, 28, 0x4fc3f7);
    this.sheep = this.add.circle(600, 300, 16, 0xfafafa);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.over = false;
    this.status = this.add.text(400, 30, 'Herd the sheep', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
  }
  update(time, delta) {
    if (this.over) return;
    const dt = delta / 1000;
    if (this.cursors.left.isDown) this.dog.x -= 200 * dt;
    if (this.cursors.right.isDown) this.dog.x += 200 * dt;
    if (this.cursors.up.isDown) this.dog.y -= 200 * dt;
    if (this.cursors.down.isDown) this.dog.y += 200 * dt;
    const angle = Phaser.Math.Angle.Between(this.dog.x, this.dog.y, this.sheep.x, this.sheep.y);
    this.sheep.x += Math.cos(angle) * 90 * dt;
    this.sheep.y += Math.sin(angle) * 90 * dt;
    this.sheep.x = Phaser.Math.Clamp(this.sheep.x, 20, 780);
    this.sheep.y = Phaser.Math.Clamp(this.sheep.y, 20, 580);
    if (Phaser.Math.Distance.Between(this.dog.x, this.dog.y, this.sheep.x, this.sheep.y) < 30) {
      this.over = true;
      this.status.setText('The dog reached the sheep');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b1b', scene: ChaseScene });
