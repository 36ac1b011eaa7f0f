// A starfield scrolls to the left forever: stars that leave on the left come back on the right
const WIDTH = 800;
class Stars extends Phaser.Scene {
  create() {
    this.stars = [];
    for (let i = 0; i < 80; i++) this.stars.push(this.add.circle(Phaser.Math.Between(0, WIDTH), Phaser.Math.Between(0, 600), Phaser.Math.Between(1, 3), 0xffffff));
  }
  update(time, delta) {
    for (const star of this.stars) {
      const dx = star.radius * 60 * delta / 1000;
      star.x = (star.x - dx) % WIDTH;
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: WIDTH, height: 600, scene: Stars });
