// 让一个螺旋桨以每秒 90 度的速度持续旋转。
const DEG_PER_SECOND = 90;
class Propeller extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.add.graphics({ x: 400, y: 300 });
    g.fillStyle(0x88ccff);
    for (let i = 0; i < 3; i++) {
      const a = Phaser.Math.DegToRad(i * 120);
      g.fillTriangle(0, 0, Math.cos(a - 0.2) * 140, Math.sin(a - 0.2) * 140, Math.cos(a + 0.2) * 140, Math.sin(a + 0.2) * 140);
    }
    g.fillStyle(0xffffff).fillCircle(0, 0, 14);
    this.propeller = g;
  }
  update(time, delta) {
    this.propeller.angle += DEG_PER_SECOND * delta / 1000;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', scene: Propeller });
