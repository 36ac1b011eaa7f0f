// Deflector puzzle with hand-written physics: Space launches a ball from the cannon on the left at 420 px/s; it travels in straight lines and bounces perfectly off the screen edges, the grey blocks and four 45-degree deflectors (angle of incidence equals angle of reflection); click a deflector to flip it between / and \; guide the ball into the goal ring to win; a ball is removed after 8 seconds or 20 bounces, and the HUD counts launches.
const SPEED = 420;
const R = 9;

class Deflector extends Phaser.GameObjects.Rectangle {
  constructor(scene, x, y, dir) {
    super(scene, x, y, 84, 8, 0x90caf9);
    scene.add.existing(this);
    this.dir = dir;
    this.setAngle(45 * dir);
    this.zone = scene.add.zone(x, y, 70, 70).setInteractive({ useHandCursor: true });
    this.zone.on('pointerdown', () => this.flip());
  }

  flip() {
    this.dir = -this.dir;
    this.scene.tweens.add({ targets: this, angle: 45 * this.dir, duration: 120 });
  }

  segments() {
    return [new Phaser.Geom.Line(this.x - 29, this.y - 29 * this.dir, this.x + 29, this.y + 29 * this.dir)];
  }
}

class DeflectorScene extends Phaser.Scene {
  constructor() {
    super('Deflectors');
  }

  create() {
    this.deflectors = [[300, 300, -1], [300, 500, 1], [560, 500, 1], [560, 120, -1]]
      .map(([x, y, d]) => new Deflector(this, x, y, d));
    this.blockLines = [];
    [[440, 300, 20, 160], [430, 40, 20, 80], [720, 330, 140, 20]].forEach(([x, y, w, h]) => {
      const rect = this.add.rectangle(x, y, w, h, 0x757575);
      const b = rect.getBounds();
      this.blockLines.push(b.getLineA(), b.getLineB(), b.getLineC(), b.getLineD());
    });
    this.goal = this.add.circle(720, 120, 24).setStrokeStyle(5, 0xffd54f);
    this.add.rectangle(40, 300, 50, 30, 0x546e7a);

    this.ball = this.add.circle(-50, -50, R, 0xff7043);
    this.vel = new Phaser.Math.Vector2();
    this.inFlight = false;
    this.data.set({ launches: 0, solved: false });

    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffd54f' }).setOrigin(0.5);
    this.data.events.on('changedata', () => this.hud.setText('Launches: ' + this.data.get('launches') + '   (click deflectors to flip, SPACE = launch)'));
    this.hud.setText('Launches: 0   (click deflectors to flip, SPACE = launch)');

    this.input.keyboard.on('keydown-SPACE', () => this.launch());
    this.tmp = new Phaser.Geom.Point();
  }

  launch() {
    if (this.inFlight || this.data.get('solved')) {
      return;
    }
    this.data.inc('launches');
    this.msg.setText('');
    this.ball.setPosition(70, 300);
    this.vel.set(SPEED, 0);
    this.bounces = 0;
    this.inFlight = true;
    this.lifeTimer = this.time.delayedCall(8000, () => this.endFlight('Ball lost - try again'));
  }

  endFlight(text) {
    this.inFlight = false;
    this.lifeTimer.remove(false);
    this.ball.setPosition(-50, -50);
    this.msg.setText(text);
  }

  collideLine(line) {
    const dx = line.x2 - line.x1;
    const dy = line.y2 - line.y1;
    const t = Phaser.Math.Clamp(((this.ball.x - line.x1) * dx + (this.ball.y - line.y1) * dy) / (dx * dx + dy * dy), 0, 1);
    const cx = line.x1 + t * dx;
    const cy = line.y1 + t * dy;
    const normal = new Phaser.Math.Vector2(this.ball.x - cx, this.ball.y - cy);
    const dist = normal.length();
    if (dist >= R || dist === 0) {
      return;
    }
    normal.normalize();
    this.ball.setPosition(cx + normal.x * R, cy + normal.y * R);
    if (this.vel.dot(normal) < 0) {
      this.vel.reflect(normal);
      this.bounces++;
    }
  }

  step(dt) {
    const b = this.ball;
    b.x += this.vel.x * dt;
    b.y += this.vel.y * dt;
    if ((b.x < R && this.vel.x < 0) || (b.x > 800 - R && this.vel.x > 0)) {
      this.vel.x = -this.vel.x;
      this.bounces++;
    }
    if ((b.y < R && this.vel.y < 0) || (b.y > 600 - R && this.vel.y > 0)) {
      this.vel.y = -this.vel.y;
      this.bounces++;
    }
    this.blockLines.forEach((line) => this.collideLine(line));
    this.deflectors.forEach((d) => d.segments().forEach((line) => this.collideLine(line)));
  }

  update(time, delta) {
    if (!this.inFlight) {
      return;
    }
    const dt = Math.min(delta, 50) / 1000 / 4;
    for (let i = 0; i < 4 && this.inFlight; i++) {
      this.step(dt);
      if (Phaser.Math.Distance.Between(this.ball.x, this.ball.y, this.goal.x, this.goal.y) < 20) {
        this.data.set('solved', true);
        this.endFlight('Solved in ' + this.data.get('launches') + ' launches!');
        this.goal.setFillStyle(0xffd54f, 0.5);
      } else if (this.bounces >= 20) {
        this.endFlight('Too many bounces - try again');
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  scene: DeflectorScene
};

new Phaser.Game(config);
