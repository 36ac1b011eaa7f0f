// A star outline kept in a constant as flat [x, y, x, y, ...] numbers: strokePoints reads points[i].x, draws nothing.
const STAR = [400, 180, 430, 270, 520, 270, 450, 320, 480, 410, 400, 350, 320, 410, 350, 320, 280, 270, 370, 270];

class StarScene extends Phaser.Scene {
  constructor() {
    super('star');
  }

  preload() {}

  create() {
    this.outline = this.add.graphics();
    this.outline.lineStyle(3, 0xffdd00, 1);
    this.outline.strokePoints(STAR, true);
    this.add.text(20, 20, 'Star outline', { fontSize: '20px', color: '#ffffff' });
  }

  update() {
    this.outline.rotation += 0.001;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101020', scene: StarScene });
