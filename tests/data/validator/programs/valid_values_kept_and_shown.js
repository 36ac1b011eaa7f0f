// The same things done right: update(time, delta), repeat: -1 and loop: true, objects added with add.existing, text
// kept on screen by its origin, data read with getData, rotation in radians, the scene-level gameobjectdown handler,
// setCollision on an array map, Graphics with a hit shape, Wrap's result assigned, a scroll-fixed HUD.
class Good extends Phaser.Scene {
  constructor() { super('good'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x222222).fillRect(0, 0, 32, 32).fillStyle(0x8888ff).fillRect(32, 0, 32, 32);
    g.generateTexture('tiles', 64, 32);
    g.destroy();
  }
  create() {
    const { width, height } = this.scale;
    this.add.text(width / 2, height, 'Hello Phaser', { fontSize: '48px' }).setOrigin(0.5, 1).setScrollFactor(0);
    const box = this.add.rectangle(120, 300, 60, 60, 0xff8800);
    this.tweens.add({ targets: box, x: 680, duration: 700, yoyo: true, repeat: -1 });
    this.time.addEvent({ delay: 300, loop: true, callback: () => { this.ticks = (this.ticks || 0) + 1; } });
    this.circle = this.add.existing(new Phaser.GameObjects.Arc(this, 400, 200, 24, 0, 360, false, 0x00ffaa, 1));
    this.star = this.add.circle(100, 100, 3, 0xffffff).setData('speed', 2);
    this.hand = this.add.rectangle(600, 300, 4, 80, 0xff4444).setOrigin(0.5, 1);
    for (let i = 0; i < 3; i++) this.add.rectangle(200 + i * 150, 450, 100, 60, 0x334455).setInteractive().setData('index', i);
    this.input.on('gameobjectdown', (pointer, target) => { this.picked = target.getData('index'); });
    const balloon = this.add.graphics({ x: 700, y: 120 });
    balloon.fillStyle(0xff3366).fillCircle(0, 0, 30);
    balloon.setInteractive(new Phaser.Geom.Circle(0, 0, 30), Phaser.Geom.Circle.Contains);
    const data = [];
    for (let y = 0; y < 3; y++) data.push([1, 0, 0, 1]);
    const map = this.make.tilemap({ data, tileWidth: 32, tileHeight: 32 });
    const layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 500);
    map.setCollision(1);
    this.ball = this.physics.add.image(48, 520, 'tiles').setScale(0.3).setVelocityX(60);
    this.physics.add.collider(this.ball, layer);
  }
  update(time, delta) {
    this.star.y = Phaser.Math.Wrap(this.star.y + this.star.getData('speed') * delta * 0.06, 0, 600);
    this.hand.rotation = ((time / 1000) % 60) / 60 * Math.PI * 2;
    this.circle.x = Phaser.Math.Wrap(this.circle.x + 2, 0, 800);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Good });
