// Hammer throw: hold SPACE to spin the hammer around the thrower (it speeds up while held) and release SPACE to let go; the hammer flies off along the tangent of its circle in the direction it was moving, lands after a short flight and counts only inside the marked 35-degree sector (distance in metres from the circle), and after 3 throws the best distance is shown (click to restart).
const C = { x: 150, y: 470 }, CABLE = 50, SECTOR_DIR = -40, HALF = 17.5, PX_PER_M = 6, FLIGHT_MS = 900;

class HammerScene extends Phaser.Scene {
  constructor() {
    super('Hammer');
  }

  create() {
    const field = this.add.graphics();
    field.lineStyle(2, 0xffffff);
    [SECTOR_DIR - HALF, SECTOR_DIR + HALF].forEach(deg => {
      const a = Phaser.Math.DegToRad(deg);
      field.lineBetween(C.x, C.y, C.x + Math.cos(a) * 700, C.y + Math.sin(a) * 700);
    });
    for (let m = 20; m <= 80; m += 20) {
      field.beginPath().arc(C.x, C.y, m * PX_PER_M, Phaser.Math.DegToRad(SECTOR_DIR - HALF), Phaser.Math.DegToRad(SECTOR_DIR + HALF)).strokePath();
      const a = Phaser.Math.DegToRad(SECTOR_DIR + HALF + 4);
      this.add.text(C.x + Math.cos(a) * m * PX_PER_M, C.y + Math.sin(a) * m * PX_PER_M, `${m}m`, { fontSize: '14px' }).setOrigin(0.5);
    }
    field.fillStyle(0x999999).fillCircle(C.x, C.y, 18);
    this.add.circle(C.x, C.y, 9, 0x1f4fbf);
    const g = this.add.graphics();
    g.fillStyle(0x333333).fillCircle(8, 8, 8).generateTexture('hammer', 16, 16).destroy();
    this.cable = this.add.graphics();
    this.head = this.physics.add.image(C.x + CABLE, C.y, 'hammer');

    this.results = [];
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.space = this.input.keyboard.addKey('SPACE');
    this.space.on('down', () => { if (this.state === 'ready') { this.state = 'spin'; this.omega = 3; } });
    this.space.on('up', () => { if (this.state === 'spin') this.release(); });
    this.ready();
  }

  ready() {
    this.state = 'ready';
    this.theta = 0;
    this.omega = 0;
    this.head.body.reset(C.x + CABLE, C.y);
    this.showHud('Hold SPACE to spin, release to throw');
  }

  showHud(msg) {
    const list = this.results.map(r => (r === null ? 'FOUL' : `${r.toFixed(1)} m`)).join('  ');
    this.hud.setText([`Throws: ${list || '-'}`, msg]);
  }

  release() {
    this.state = 'flight';
    this.cable.clear();
    const speed = this.omega * CABLE * 1.5;
    this.physics.velocityFromRotation(this.theta + Math.PI / 2, speed, this.head.body.velocity);
    this.time.delayedCall(FLIGHT_MS, this.land, [], this);
  }

  land() {
    this.head.body.stop();
    const deg = Phaser.Math.RadToDeg(Phaser.Math.Angle.Between(C.x, C.y, this.head.x, this.head.y));
    const inside = Math.abs(Phaser.Math.Angle.ShortestBetween(deg, SECTOR_DIR)) <= HALF;
    const metres = Phaser.Math.Distance.Between(C.x, C.y, this.head.x, this.head.y) / PX_PER_M;
    this.results.push(inside ? metres : null);
    if (inside) this.add.circle(this.head.x, this.head.y, 4, 0xffee00);
    if (this.results.length === 3) {
      const valid = this.results.filter(r => r !== null);
      this.state = 'over';
      this.showHud(`Best: ${valid.length ? Math.max(...valid).toFixed(1) + ' m' : 'no valid throw'} - click to restart`);
      this.input.once('pointerdown', () => this.scene.restart());
    } else {
      this.showHud(inside ? `${metres.toFixed(1)} m!` : 'FOUL - outside the sector');
      this.time.delayedCall(1200, this.ready, [], this);
    }
  }

  update(time, delta) {
    if (this.state !== 'spin') return;
    this.omega = Math.min(this.omega + 4 * delta / 1000, 6);
    this.theta = Phaser.Math.Angle.Wrap(this.theta + this.omega * delta / 1000);
    const x = C.x + Math.cos(this.theta) * CABLE, y = C.y + Math.sin(this.theta) * CABLE;
    this.head.setPosition(x, y);
    this.cable.clear().lineStyle(2, 0xdddddd).lineBetween(C.x, C.y, x, y);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3f8f3f',
  physics: { default: 'arcade' },
  scene: HammerScene
});
