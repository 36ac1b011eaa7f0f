// Values that look odd but are right, all checked at run time: numbers for text, a colour number from a helper,
// Vector2 points, a Geom shape as a hit area with its own Contains, configs built at run time with real keys,
// class instances where their classes go, a style with the undocumented 'fill' key, and physics callbacks.
const PALETTE = [0xff4444, 0x44ff44, 0x4444ff];

function style(size) { return Object.assign({ fontFamily: 'Arial' }, { fontSize: size + 'px', fill: '#ffffff' }); }

class IdiomScene extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(Phaser.Display.Color.GetColor(200, 100, 50), 1);
    const pts = [new Phaser.Math.Vector2(100, 100), new Phaser.Math.Vector2(200, 120), new Phaser.Math.Vector2(150, 200)];
    g.fillPoints(pts, true);
    const rect = new Phaser.Geom.Rectangle(300, 100, 120, 80);
    g.lineStyle(2, PALETTE[1], 1);
    g.strokeRectShape(rect);
    g.fillCircleShape(new Phaser.Geom.Circle(600, 150, 40));
    this.score = 0;
    this.label = this.add.text(20, 20, 0, style(24));
    this.label.setText(this.score);
    const zone = this.add.circle(400, 400, 50, PALETTE[2]);
    zone.setInteractive(new Phaser.Geom.Circle(50, 50, 50), Phaser.Geom.Circle.Contains);
    zone.on('pointerdown', () => { this.score += 1; this.label.setText('Score: ' + this.score); });
    const player = this.physics.add.image(200, 450, null).setDisplaySize(30, 30);
    const wall = this.physics.add.staticImage(600, 450, null).setDisplaySize(30, 120).refreshBody();
    player.setVelocity(Phaser.Math.Between(80, 120), 0);
    this.physics.add.collider(player, wall, () => { this.cameras.main.flash(100); }, null, this);
    this.time.addEvent(Object.assign({ delay: 500 }, { callback: () => { zone.setFillStyle(PALETTE[this.score % 3]); }, loop: true }));
    this.tweens.add({ targets: [zone], scale: 1.2, yoyo: true, repeat: -1, duration: 400 });
    this.cameras.main.setBackgroundColor('#202030');
    const inside = Phaser.Geom.Rectangle.Contains(rect, 350, 150);
    this.add.text(20, 560, inside ? 'inside' : 'outside', style(16));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: IdiomScene });
