// The outline of a star built by a helper that returns flat [x, y, x, y, ...] numbers, then stroked as points:
// strokePoints reads points[i].x, so nothing is drawn, and only the run sees what the helper returns.
function starOutline(cx, cy, spikes, outer, inner) {
  const out = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / spikes) * i - Math.PI / 2;
    out.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  return out;
}

class StarScene extends Phaser.Scene {
  preload() {}

  create() {
    this.g = this.add.graphics();
    this.g.lineStyle(4, 0xffdd00, 1);
    this.g.strokePoints(starOutline(400, 300, 5, 120, 50), true);
    this.add.text(20, 20, 'A star', { fontSize: '20px', color: '#ffffff' });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: StarScene });
