// A landscape picture for a slide puzzle: rolling hills that run off both edges of the picture, cut into 3x3 tiles
const S = 300;
class Picture extends Phaser.Scene {
  constructor() { super('picture'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x81d4fa, 1).fillRect(0, 0, S, S);
    g.fillStyle(0x7cb342, 1).fillEllipse(-20, 260, 260, 200).fillEllipse(200, 280, 300, 180).fillEllipse(330, 250, 200, 220);
    g.fillStyle(0xfff176, 1).fillCircle(230, 60, 30);
    g.generateTexture('landscape', S, S);
    g.destroy();
    const tex = this.textures.get('landscape');
    for (let i = 0; i < 9; i++) tex.add(i, 0, (i % 3) * 100, Math.floor(i / 3) * 100, 100, 100);
    for (let i = 0; i < 8; i++) this.add.image(150 + (i % 3) * 104, 50 + Math.floor(i / 3) * 104, 'landscape', i).setOrigin(0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Picture });
