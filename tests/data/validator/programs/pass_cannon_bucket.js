// Cannon puzzle with Arcade physics: the cannonball sits at the mouth of the barrel until fired; Up/Down change the barrel angle (15-75 degrees, 5 per press), Left/Right the power (300-800, 50 per press), Space fires; the ball flies under gravity and bounces on the ground; a ball that drops into the bucket scores a point; 2.5 s after firing (or right after scoring) the ball is put back at the mouth of the barrel and stays there until the next shot.
const PIVOT = { x: 80, y: 548 };
const BARREL = 56;

class CannonScene extends Phaser.Scene {
  constructor() {
    super('CannonScene');
  }

  create() {
    this.angleDeg = 45;
    this.power = 550;
    this.score = 0;
    this.shots = 0;

    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x222222).fillCircle(10, 10, 10).fillStyle(0x777777).fillCircle(7, 7, 3);
    g.generateTexture('ball', 20, 20);
    g.destroy();

    this.add.rectangle(400, 590, 800, 20, 0x4e7d32);
    this.barrel = this.add.rectangle(0, 0, BARREL, 18, 0x37474f).setOrigin(0, 0.5);
    this.cannon = this.add.container(PIVOT.x, PIVOT.y, [this.barrel, this.add.circle(0, 0, 22, 0x546e7a)]);

    this.bucketWalls = this.physics.add.staticGroup();
    [[598, 540, 8, 80], [682, 540, 8, 80], [640, 576, 92, 8]].forEach(([x, y, w, h]) => {
      this.bucketWalls.add(this.add.rectangle(x, y, w, h, 0x8d6e63));
    });
    this.bucketZone = this.add.zone(640, 556, 76, 30);
    this.physics.add.existing(this.bucketZone, true);

    this.ball = this.physics.add.image(PIVOT.x, PIVOT.y, 'ball').setCircle(10);
    this.ball.setBounce(0.5).setCollideWorldBounds(true);
    this.physics.world.setBounds(0, -400, 800, 980);
    this.physics.add.collider(this.ball, this.bucketWalls);
    this.physics.add.overlap(this.ball, this.bucketZone, () => this.scored());

    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(640, 440, '', { fontSize: '30px', color: '#ffd54f', fontStyle: 'bold' }).setOrigin(0.5);

    const keys = this.input.keyboard.createCursorKeys();
    keys.up.on('down', () => this.aim(5, 0));
    keys.down.on('down', () => this.aim(-5, 0));
    keys.right.on('down', () => this.aim(0, 50));
    keys.left.on('down', () => this.aim(0, -50));
    keys.space.on('down', () => this.fire());

    this.reload();
  }

  muzzle() {
    const rad = Phaser.Math.DegToRad(this.angleDeg);
    return { x: PIVOT.x + Math.cos(rad) * BARREL, y: PIVOT.y - Math.sin(rad) * BARREL };
  }

  aim(dAngle, dPower) {
    this.angleDeg = Phaser.Math.Clamp(this.angleDeg + dAngle, 15, 75);
    this.power = Phaser.Math.Clamp(this.power + dPower, 300, 800);
    this.barrel.setRotation(-Phaser.Math.DegToRad(this.angleDeg));
    if (this.state === 'ready') {
      this.placeBall();
    }
    this.refreshHud();
  }

  placeBall() {
    const m = this.muzzle();
    this.ball.body.reset(m.x, m.y);
  }

  reload() {
    this.ball.body.setAllowGravity(false);
    this.state = 'ready';
    this.aim(0, 0);
  }

  fire() {
    if (this.state !== 'ready') {
      return;
    }
    this.state = 'flying';
    this.shots++;
    this.ball.body.setAllowGravity(true);
    this.physics.velocityFromAngle(-this.angleDeg, this.power, this.ball.body.velocity);
    this.reloadTimer = this.time.delayedCall(2500, () => this.reload());
    this.refreshHud();
  }

  scored() {
    if (this.state !== 'flying') {
      return;
    }
    this.state = 'scored';
    this.score++;
    this.reloadTimer.remove(false);
    this.msg.setText('+1').setAlpha(1).setY(440);
    this.tweens.add({ targets: this.msg, y: 400, alpha: 0, duration: 700 });
    this.time.delayedCall(700, () => this.reload());
    this.refreshHud();
  }

  refreshHud() {
    this.hud.setText('Angle ' + this.angleDeg + '\u00b0   Power ' + this.power + '   Score ' + this.score + '   Shots ' + this.shots);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87ceeb',
  physics: { default: 'arcade', arcade: { gravity: { y: 500 } } },
  scene: CannonScene
};

new Phaser.Game(config);
