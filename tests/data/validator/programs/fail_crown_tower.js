// Tower toppler with Matter physics: a two-floor tower of wooden pillars and planks carries two gold crowns; Up/Down aim the cannon (10-70 degrees), Left/Right set the power (1-10), Space fires a heavy ball (3 balls, one every 4 seconds at most); blocks and crowns tumble as rigid bodies; a crown is down once its centre is lower than y = 500, and when both crowns are down the game shows "Tower down!"; if a crown is still up 4 s after the last ball, it shows "Out of balls".
const DOWN_Y = 500;

class TowerScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Tower' });
  }

  create() {
    this.matter.world.setBounds(0, -400, 800, 960);
    this.add.rectangle(400, 580, 800, 40, 0x6d8b3a);
    this.add.line(0, 0, 480, DOWN_Y, 720, DOWN_Y, 0xffffff, 0.25).setOrigin(0, 0);

    const wood = { friction: 0.6, density: 0.002 };
    const block = (x, y, w, h) => this.matter.add.gameObject(this.add.rectangle(x, y, w, h, 0xb07d48).setStrokeStyle(2, 0x5d4037), wood);
    block(560, 520, 20, 80);
    block(640, 520, 20, 80);
    block(600, 470, 150, 20);
    block(568, 425, 20, 70);
    block(632, 425, 20, 70);
    block(600, 380, 110, 20);

    const crown = (x, y) => this.matter.add.gameObject(this.add.circle(x, y, 14, 0xffd54f).setStrokeStyle(2, 0xff8f00), { shape: { type: 'circle', radius: 14 }, friction: 0.6 });
    this.crowns = [crown(600, 446), crown(600, 356)];

    this.angleDeg = 35;
    this.power = 6;
    this.ballsLeft = 3;
    this.state = 'aim';
    this.barrel = this.add.rectangle(70, 540, 60, 16, 0x37474f).setOrigin(0, 0.5);
    this.add.circle(70, 540, 20, 0x546e7a);
    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(400, 200, '', { fontSize: '48px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.cursors.up.on('down', () => this.aim(5, 0));
    this.cursors.down.on('down', () => this.aim(-5, 0));
    this.cursors.right.on('down', () => this.aim(0, 1));
    this.cursors.left.on('down', () => this.aim(0, -1));
    this.cursors.space.on('down', () => this.fire());
    this.aim(0, 0);
  }

  aim(dA, dP) {
    this.angleDeg = Phaser.Math.Clamp(this.angleDeg + dA, 10, 70);
    this.power = Phaser.Math.Clamp(this.power + dP, 1, 10);
    this.barrel.setRotation(-Phaser.Math.DegToRad(this.angleDeg));
    this.hud.setText('Angle ' + this.angleDeg + '\u00b0   Power ' + this.power + '   Balls ' + this.ballsLeft);
  }

  fire() {
    if (this.state !== 'aim' || this.ballsLeft === 0) {
      return;
    }
    const rad = Phaser.Math.DegToRad(this.angleDeg);
    const ball = this.matter.add.gameObject(this.add.circle(70 + Math.cos(rad) * 64, 540 - Math.sin(rad) * 64, 14, 0x212121), {
      shape: { type: 'circle', radius: 14 },
      density: 0.02,
      frictionAir: 0.002
    });
    const speed = 9 + this.power;
    ball.setVelocity(Math.cos(rad) * speed, -Math.sin(rad) * speed);
    this.ballsLeft--;
    this.state = 'reloading';
    this.aim(0, 0);
    this.time.delayedCall(4000, () => {
      if (this.state !== 'reloading') {
        return;
      }
      if (this.ballsLeft === 0) {
        this.state = 'over';
        this.msg.setText('Out of balls');
      } else {
        this.state = 'aim';
      }
    });
  }

  update() {
    if (this.state === 'won' || this.state === 'over') {
      return;
    }
    const standing = this.crowns.filter((c) => c.y < DOWN_Y);
    if (!standing) {
      this.state = 'won';
      this.msg.setText('Tower down!');
      this.tweens.add({ targets: this.msg, scale: 1.2, duration: 250, yoyo: true, repeat: 2 });
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#90caf9',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } },
  scene: TowerScene
};

new Phaser.Game(config);
