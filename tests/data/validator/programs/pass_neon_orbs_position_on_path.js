// Neon track: a closed spline track is drawn; three glowing orbs race round it forever
const POINTS = [[120, 300], [260, 120], [520, 120], [680, 300], [520, 480], [260, 480], [120, 300]].map(([x, y]) => new Phaser.Math.Vector2(x, y));
class Track extends Phaser.Scene {
  constructor() { super('track'); }
  create() {
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillCircle(8, 8, 8);
    g.generateTexture('orb', 16, 16);
    g.clear();
    const path = new Phaser.Curves.Path(POINTS[0].x, POINTS[0].y);
    path.add(new Phaser.Curves.Spline(POINTS));
    g.lineStyle(4, 0x00e5ff, 1);
    path.draw(g, 128);
    [0xff4081, 0xffff00, 0x76ff03].forEach((c, i) => {
      const orb = this.add.follower(path, 0, 0, 'orb').setTint(c);
      orb.startFollow({ duration: 4000, repeat: -1, delay: i * 400, positionOnPath: true });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Track });
