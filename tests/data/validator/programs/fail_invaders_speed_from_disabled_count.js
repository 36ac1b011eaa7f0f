// Invaders: shoot with SPACE; the fewer invaders are left, the faster the formation marches
class Invaders extends Phaser.Scene {
  constructor() { super('invaders'); }
  create() {
    this.invaders = this.physics.add.group();
    for (let i = 0; i < 24; i++) this.invaders.add(this.add.rectangle(80 + (i % 8) * 60, 60 + Math.floor(i / 8) * 40, 30, 20, 0x76ff03));
    this.total = 24;
    this.ship = this.add.rectangle(320, 440, 40, 16, 0x29b6f6);
    this.shots = this.physics.add.group();
    this.physics.add.overlap(this.shots, this.invaders, (shot, inv) => {
      shot.destroy();
      inv.disableBody(true, true);
      const alive = this.invaders.getLength();
      this.march.delay = Math.max(60, 500 * alive / this.total);
    });
    this.dir = 1;
    this.march = this.time.addEvent({ delay: 500, loop: true, callback: () => Phaser.Actions.IncX(this.invaders.getChildren(), 8 * this.dir) });
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => {
      const s = this.add.rectangle(this.ship.x, 420, 4, 12, 0xffffff);
      this.shots.add(s);
      s.body.setVelocityY(-400);
    });
  }
  update() {
    if (this.keys.left.isDown) this.ship.x -= 5;
    if (this.keys.right.isDown) this.ship.x += 5;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#000000', physics: { default: 'arcade' }, scene: Invaders });
