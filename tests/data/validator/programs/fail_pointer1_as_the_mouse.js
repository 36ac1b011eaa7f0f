// the star should follow the mouse, but pointer1 is the first touch pointer: with a mouse it stays at (0, 0)
class Follow extends Phaser.Scene {
  preload() {}

  create() {
    this.star = this.add.star(400, 300, 5, 10, 24, 0xffdd00);
  }

  update(time, delta) {
    const pointer = this.input.pointer1;
    const step = 80 * delta / 1000;
    const angle = Phaser.Math.Angle.Between(this.star.x, this.star.y, pointer.x, pointer.y);
    this.star.x += Math.cos(angle) * step;
    this.star.y += Math.sin(angle) * step;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Follow });
