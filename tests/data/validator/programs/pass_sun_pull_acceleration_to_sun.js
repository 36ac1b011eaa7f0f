// 引力：6 颗小行星被中间的太阳吸引，越近吸引越强
const SUN = { x: 320, y: 240 };
class Pull extends Phaser.Scene {
  constructor() { super('pull'); }
  create() {
    this.add.circle(SUN.x, SUN.y, 30, 0xffc107);
    const g = this.add.graphics();
    g.fillStyle(0x90a4ae).fillCircle(6, 6, 6).generateTexture('rock', 12, 12).destroy();
    this.rocks = this.physics.add.group();
    for (let i = 0; i < 6; i++) this.rocks.create(60 + i * 100, 60 + (i % 2) * 360, 'rock').setMaxVelocity(200);
  }
  update() {
    this.rocks.getChildren().forEach((r) => {
      const d = Math.max(Phaser.Math.Distance.Between(r.x, r.y, SUN.x, SUN.y), 30);
      const a = Phaser.Math.Angle.Between(r.x, r.y, SUN.x, SUN.y);
      r.setAcceleration(Math.cos(a) * 6000 / d, Math.sin(a) * 6000 / d);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#000', physics: { default: 'arcade' }, scene: Pull });
