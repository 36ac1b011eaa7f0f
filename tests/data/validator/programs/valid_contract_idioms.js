// Arguments the contract checks must accept: points as objects, colour numbers from strings via Phaser's helpers,
// 'fill' in a text style, tweens of real (and user-added) properties, a counter tween on a plain object, a Polygon
// from flat numbers, text from a number, Geom shapes of the right class, a looping timer, a subclass with its own field.
class Ship extends Phaser.GameObjects.Rectangle {
  constructor(scene, x, y) {
    super(scene, x, y, 40, 20, 0x66ccff);
    this.thrust = 0;
    scene.add.existing(this);
  }
}

class IdiomScene extends Phaser.Scene {
  constructor() {
    super({ key: 'idioms', active: true });
  }

  preload() {}

  create() {
    const g = this.add.graphics();
    const red = Phaser.Display.Color.HexStringToColor('#ff3300').color;
    g.fillStyle(red, 1);
    g.fillPoints([{ x: 100, y: 100 }, new Phaser.Math.Vector2(200, 120), new Phaser.Geom.Point(150, 200)], true);
    const poly = new Phaser.Geom.Polygon([300, 100, 380, 140, 340, 220]);
    g.lineStyle(2, 0xffffff, 1).strokePoints(poly.points, true);
    const area = new Phaser.Geom.Rectangle(500, 100, 120, 80);
    g.strokeRectShape(area);
    const ring = new Phaser.Geom.Circle(700, 300, 40);
    g.strokeCircleShape(ring);
    this.hit = Phaser.Geom.Rectangle.Contains(area, 550, 120) && Phaser.Geom.Circle.Contains(ring, 700, 300);
    this.label = this.add.text(20, 20, 0, { fontSize: 24, fill: '#ffee00', fontFamily: 'monospace' });
    const box = this.add.rectangle(400, 400, 60, 60, 0x88ff88);
    box.glow = 0;
    this.tweens.add({ targets: box, angle: 360, scaleX: 1.5, alpha: 0.5, glow: 1, duration: 1500, yoyo: true, repeat: -1 });
    this.tweens.add({ targets: [box], props: { y: { value: 450, duration: 800 } }, ease: 'Sine.easeInOut' });
    this.counter = { value: 0 };
    this.tweens.add({ targets: this.counter, value: 100, duration: 1000 });
    this.ship = new Ship(this, 200, 500);
    this.tweens.add({ targets: this.ship, thrust: 5, x: 600, duration: 2000 });
    this.time.addEvent({ delay: 200, loop: true, callback: this.tick, callbackScope: this });
    this.cameras.main.setBackgroundColor('#202040');
  }

  tick() {
    this.label.setText(Math.round(this.counter.value) + (this.hit ? ' hit' : ''));
  }

  update() {
    this.ship.rotation += 0.01 * (1 + this.ship.thrust);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', pixelArt: false, scene: [IdiomScene] });
