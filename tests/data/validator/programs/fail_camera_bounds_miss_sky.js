// A balloon rises through clouds drawn up to y = -3000, but the camera's bounds start at y = 0: it stops following
const SKY_TOP = -3000;

class Balloon extends Phaser.Scene {
  constructor() { super('balloon'); }
  preload() {}
  create() {
    for (let y = SKY_TOP; y < 600; y += 150) this.add.ellipse(Phaser.Math.Between(100, 700), y, 140, 50, 0xffffff, 0.8);
    this.balloon = this.add.circle(400, 500, 30, 0xff4466);
    this.cameras.main.setBounds(0, 0, 800, 600 - SKY_TOP);
    this.cameras.main.startFollow(this.balloon);
  }
  update(time, delta) {
    if (this.balloon.y > SKY_TOP + 100) this.balloon.y -= 0.3 * delta;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#77bbee', scene: Balloon });
