// Balloons drift up and sway side to side by a random amount
class Sky extends Phaser.Scene {
  create() {
    for (let i = 0; i < 12; i++) {
      const b = this.add.ellipse(60 + i * 60, 560, 36, 46, 0xff4477);
      const sway = [-30, 0, 25, 40][i % 4];
      this.tweens.add({ targets: b, x: b.x + sway, duration: 900, yoyo: true, repeat: -1 });
      this.tweens.add({ targets: b, y: 80, duration: 6000 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sky });
