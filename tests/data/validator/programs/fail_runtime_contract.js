// Wrong values that only the run shows: a theme colour kept as a CSS string in an object, a circle kept in a list and
// tested as a rectangle, a tween of a property the label does not have. Nothing throws; nothing looks right.
const THEME = { panel: '#334455', accent: 0xffaa00 };

class ThemeScene extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(THEME.panel, 1);
    g.fillRect(50, 50, 300, 200);
    this.areas = [new Phaser.Geom.Circle(600, 300, 80)];
    this.label = this.add.text(400, 500, 'hover', { fontSize: '24px', color: '#ffffff' });
    this.tweens.add({ targets: [this.label].concat([]), glowStrength: 4, duration: 500 });
    this.input.on('pointermove', (p) => {
      const inside = Phaser.Geom.Rectangle.Contains(this.areas[0], p.x, p.y);
      this.label.setText(inside ? 'inside' : 'outside');
    });
  }

  update() {}
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: ThemeScene });
