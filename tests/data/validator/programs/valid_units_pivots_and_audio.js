// The right units, pivots and options: radians into Math.cos, degrees into velocityFromAngle, a Graphics drawn about
// (0, 0) and turned where it stands, a render texture with origin 0, a smooth camera lerp, pooled lasers killed by
// hand, Matter's isStatic, AudioParams set through .value, animation events on the sprite.
class Mixed extends Phaser.Scene {
  constructor() { super('mixed'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff3355).fillRect(0, 0, 16, 4);
    g.generateTexture('laser', 16, 4);
    g.fillStyle(0x88ff88).fillRect(0, 0, 40, 40).fillStyle(0x4488ff).fillRect(40, 0, 40, 40);
    g.generateTexture('blink', 80, 40);
    g.destroy();
    this.textures.get('blink').add(0, 0, 0, 0, 40, 40);
    this.textures.get('blink').add(1, 0, 40, 0, 40, 40);
  }
  create() {
    this.paint = this.add.renderTexture(0, 0, 800, 600).setOrigin(0);
    this.paint.draw('laser', 100, 100);
    this.ship = this.physics.add.image(400, 300, 'laser');
    this.cameras.main.startFollow(this.ship, true, 0.1, 0.1);
    this.lasers = this.physics.add.group({ defaultKey: 'laser', maxSize: 10 });
    this.time.addEvent({ delay: 200, loop: true, callback: () => this.fire() });
    this.square = this.add.graphics({ x: 400, y: 300 });
    this.square.fillStyle(0x33ccff, 1).fillRect(-60, -60, 120, 120);
    this.floor = this.add.rectangle(400, 580, 800, 40, 0x556677);
    this.anims.create({ key: 'blinking', frames: this.anims.generateFrameNumbers('blink', { frames: [0, 1] }), frameRate: 8, repeat: 2 });
    this.blinker = this.add.sprite(700, 100, 'blink', 0);
    this.blinker.on('animationcomplete', () => this.blinker.setFrame(0));
    this.anims.on('add', () => {});
    this.blinker.play('blinking');
    const audio = new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 330;
    osc.frequency.setValueAtTime(440, audio.currentTime + 0.1);
    gain.gain.value = 0.1;
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.2);
  }
  fire() {
    const laser = this.lasers.get(this.ship.x, this.ship.y);
    if (!laser) return;
    laser.setActive(true).setVisible(true);
    this.physics.velocityFromAngle(this.ship.angle, 400, laser.body.velocity);
  }
  update(time, delta) {
    this.square.rotation += 0.002 * delta;
    this.ship.rotation += 0.01;
    this.ship.x += Math.cos(this.ship.rotation) * 2;
    this.lasers.getChildren().forEach((l) => { if (l.active && (l.x < -50 || l.x > 850 || l.y < -50 || l.y > 650)) this.lasers.killAndHide(l); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Mixed });
