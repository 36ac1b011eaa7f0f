// 磁铁吸引：中间一块磁铁，8 个铁屑被吸向磁铁
const W = 640, H = 480;
class Magnet extends Phaser.Scene {
  constructor() { super('magnet'); }
  create() {
    this.magnet = this.add.rectangle(W / 2, H / 2, 40, 20, 0xcc2222);
    const g = this.add.graphics();
    g.fillStyle(0xaaaaaa, 1).fillRect(0, 0, 6, 6).generateTexture('iron', 6, 6).destroy();
    this.filings = this.physics.add.group({ key: 'iron', repeat: 7, setXY: { x: 60, y: 60, stepX: 70, stepY: 40 } });
    this.filings.getChildren().forEach((f) => f.body.setMaxSpeed(220));
  }
  update() {
    this.filings.getChildren().forEach((f) => {
      const angle = Phaser.Math.Angle.Between(f.x, f.y, this.magnet.x, this.magnet.y);
      f.body.acceleration.setToPolar(angle, 120);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: H, backgroundColor: '#202020',
  physics: { default: 'arcade' }, scene: Magnet });
