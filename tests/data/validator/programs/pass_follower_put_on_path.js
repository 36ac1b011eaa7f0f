// A bee follows a drawn curve, put on the path by positionOnPath
class Bee extends Phaser.Scene {
  constructor() { super('bee'); }
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffcc00).fillCircle(12, 12, 12);
    g.generateTexture('bee', 24, 24);
    const path = new Phaser.Curves.Path(80, 300);
    path.lineTo(250, 150).lineTo(450, 450).lineTo(720, 300);
    const line = this.add.graphics();
    line.lineStyle(2, 0xffffaa, 1);
    path.draw(line, 64);
    const bee = this.add.follower(path, 0, 0, 'bee');
    bee.startFollow({ duration: 3000, yoyo: true, repeat: -1, positionOnPath: true });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#225522', scene: Bee });
