// Pendulum shot with hand-written physics: a ball swings on a rope from a pin, and the rope is drawn as a straight line from the pin to the ball; press Space to cut the rope and the ball flies off along its swing direction and falls under gravity; landing it in the cup scores a point; after the ball lands in the cup or leaves the screen the next ball swings from the next of 3 pins (they cycle), and the HUD shows cups and shots.
const GRAVITY = 900;
const PINS = [
  { x: 200, y: 70, len: 200, theta: 1.0 },
  { x: 420, y: 50, len: 240, theta: -1.1 },
  { x: 300, y: 90, len: 170, theta: 1.2 }
];
const CUP = { x: 600, top: 500, bottom: 580, half: 48 };

const PendulumScene = {
  key: 'PendulumScene',

  create() {
    this.pinIndex = 0;
    this.cups = 0;
    this.shots = 0;
    this.pinDot = this.add.circle(0, 0, 8, 0x9e9e9e);

    const cupG = this.add.graphics();
    cupG.lineStyle(6, 0xffb703);
    cupG.lineBetween(CUP.x - CUP.half, CUP.top, CUP.x - CUP.half + 8, CUP.bottom);
    cupG.lineBetween(CUP.x - CUP.half + 8, CUP.bottom, CUP.x + CUP.half - 8, CUP.bottom);
    cupG.lineBetween(CUP.x + CUP.half - 8, CUP.bottom, CUP.x + CUP.half, CUP.top);

    const p = PINS[0];
    this.ball = this.add.circle(p.x, p.y + p.len, 14, 0xe63946).setStrokeStyle(2, 0xffffff);
    this.rope = this.add.line(0, 0, p.x, p.y, p.x + p.len * Math.sin(p.theta), p.y + p.len * Math.cos(p.theta), 0xe0e0e0).setLineWidth(3);
    this.hud = this.add.text(16, 12, '', { fontSize: '22px', color: '#ffffff' });
    this.flash = this.add.text(400, 260, '', { fontSize: '44px', color: '#ffb703', fontStyle: 'bold' }).setOrigin(0.5).setAlpha(0);
    this.add.text(16, 570, 'SPACE = cut the rope', { fontSize: '18px', color: '#a8dadc' });

    this.input.keyboard.on('keydown-SPACE', () => this.cut());
    this.startSwing();
  },

  update(time, delta) {
    const dt = Math.min(delta, 50) / 1000 / 4;
    for (let i = 0; i < 4; i++) {
      if (this.state === 'swing') {
        this.omega += -(GRAVITY / this.pin.len) * Math.sin(this.theta) * dt;
        this.theta += this.omega * dt;
      } else if (this.state === 'flying') {
        this.vy += GRAVITY * dt;
        this.ball.x += this.vx * dt;
        this.ball.y += this.vy * dt;
      }
    }

    if (this.state === 'swing') {
      this.placeOnRope();
    } else if (this.state === 'flying') {
      const b = this.ball;
      if (b.y >= CUP.top && b.y <= CUP.top + 30 && this.vy > 0 && Math.abs(b.x - CUP.x) < CUP.half - 10) {
        this.cups++;
        this.refreshHud();
        b.setPosition(CUP.x, CUP.bottom - 16);
        this.finish('In the cup!');
      } else if (b.y > 640 || b.x > 840 || b.x < -40) {
        this.finish('Miss');
      }
    }
  },

  extend: {
    startSwing() {
      const p = PINS[this.pinIndex];
      this.pin = p;
      this.theta = p.theta;
      this.omega = 0;
      this.state = 'swing';
      this.pinDot.setPosition(p.x, p.y);
      this.rope.setVisible(true);
      this.placeOnRope();
      this.refreshHud();
    },

    placeOnRope() {
      const p = this.pin;
      this.ball.setPosition(p.x + p.len * Math.sin(this.theta), p.y + p.len * Math.cos(this.theta));
      this.rope.setTo(p.x, p.y, this.ball.x, this.ball.y);
    },

    cut() {
      if (this.state !== 'swing') {
        return;
      }
      const speed = this.pin.len * this.omega;
      this.vx = speed * Math.cos(this.theta);
      this.vy = -speed * Math.sin(this.theta);
      this.state = 'flying';
      this.shots++;
      this.rope.setVisible(false);
      this.refreshHud();
    },

    refreshHud() {
      this.hud.setText('Pin ' + (this.pinIndex + 1) + '/3     Cups: ' + this.cups + '     Shots: ' + this.shots);
    },

    finish(text) {
      this.state = 'done';
      this.flash.setText(text).setAlpha(1);
      this.tweens.add({ targets: this.flash, alpha: 0, delay: 500, duration: 400 });
      this.time.delayedCall(900, () => {
        this.pinIndex = (this.pinIndex + 1) % PINS.length;
        this.startSwing();
      });
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3557',
  scene: PendulumScene
};

new Phaser.Game(config);
