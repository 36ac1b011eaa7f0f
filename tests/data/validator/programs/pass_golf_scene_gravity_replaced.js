// Golf driving range with a steady tailwind: hold SPACE to build power (the meter rises and falls), release to drive the ball off the tee; it flies in an arc under gravity, is pushed by the wind, bounces and rolls to a stop, the distance in yards is shown, and after 5 drives the longest drive is shown (click to play again).
const TEE_X = 80, GROUND = 560, WIND = 30, LOFT = 32, PX_PER_YARD = 8, DRIVES = 5;

class RangeScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Range', physics: { arcade: { gravity: { x: WIND, y: 400 } } } });
  }

  create() {
    this.physics.world.setBounds(0, -3000, 4000, 3000 + GROUND);
    this.cameras.main.setBounds(0, -3000, 4000, 3600);
    this.add.rectangle(2000, GROUND + 20, 4000, 40, 0x3a8d3a);
    for (let yd = 50; yd <= 450; yd += 50) {
      const x = TEE_X + yd * PX_PER_YARD;
      this.add.rectangle(x, GROUND - 15, 4, 30, 0xffffff);
      this.add.text(x, GROUND - 50, `${yd}`, { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);
    }
    this.add.rectangle(TEE_X, GROUND - 3, 4, 6, 0xffffff);

    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillCircle(6, 6, 6).generateTexture('golfball', 12, 12).destroy();
    this.ball = this.physics.add.image(TEE_X, GROUND - 6, 'golfball').setCollideWorldBounds(true).setBounce(0.35);
    this.cameras.main.startFollow(this.ball, true, 0.1, 0.1);

    this.meter = this.add.graphics().setScrollFactor(0);
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' }).setScrollFactor(0);
    this.drives = [];
    this.power = 0;
    this.powerDir = 1;
    this.state = 'ready';

    this.space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    this.space.on('down', () => { if (this.state === 'ready') { this.state = 'charging'; this.power = 0; this.powerDir = 1; } });
    this.space.on('up', () => { if (this.state === 'charging') this.hit(); });
    this.showHud('Hold SPACE to swing');
  }

  hit() {
    this.state = 'flight';
    const speed = 300 + this.power * 6;
    this.physics.velocityFromAngle(-LOFT, speed, this.ball.body.velocity);
    this.showHud('Fore!');
  }

  showHud(msg) {
    const best = this.drives.length ? Math.max(...this.drives) : 0;
    this.hud.setText([`Drive ${Math.min(this.drives.length + 1, DRIVES)}/${DRIVES}   Wind: ${WIND} ->`, `Best: ${best} yd`, msg]);
    this.meter.clear().fillStyle(0x000000, 0.5).fillRect(600, 20, 180, 24).fillStyle(0xffcc00).fillRect(602, 22, 1.76 * this.power, 20);
  }

  update(time, delta) {
    const body = this.ball.body;
    body.setDragX(body.blocked.down ? 220 : 0);
    if (this.state === 'charging') {
      this.power += this.powerDir * delta * 0.12;
      if (this.power >= 100 || this.power <= 0) {
        this.power = Phaser.Math.Clamp(this.power, 0, 100);
        this.powerDir *= -1;
      }
      this.showHud('Release SPACE to hit');
    } else if (this.state === 'flight') {
      if (body.blocked.down && Math.abs(body.velocity.x) < 2) this.finishDrive();
    }
  }

  finishDrive() {
    this.state = 'done';
    this.ball.body.stop();
    const yards = Math.round((this.ball.x - TEE_X) / PX_PER_YARD);
    this.drives.push(yards);
    if (this.drives.length === DRIVES) {
      this.showHud(`${yards} yd!  Longest drive: ${Math.max(...this.drives)} yd - click to play again`);
      this.input.once('pointerdown', () => this.scene.restart());
      return;
    }
    this.showHud(`${yards} yards!`);
    this.time.delayedCall(1200, () => {
      this.ball.body.reset(TEE_X, GROUND - 6);
      this.state = 'ready';
      this.showHud('Hold SPACE to swing');
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87ceeb',
  physics: { default: 'arcade', arcade: { gravity: { y: 400 } } },
  scene: RangeScene
});
