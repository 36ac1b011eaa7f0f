const W = 800, H = 600;
class Boot extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x123456).fillRect(0, 0, W, H);
    g.fillStyle(0xffffff).fillCircle(W / 2, H / 2, 60);
    this.speed = 2;
    this.dot = this.add.circle(100, 100, 8, 0xff0000);
  }
  update() {
    this.dot.x = (this.dot.x + this.speed) % W;
  }
}
export const game = new Phaser.Game({ type: Phaser.CANVAS, width: W, height: H, scene: [Boot] });
