// Ringer marbles with hand-written top-down physics: press on your shooter marble at the bottom, drag back and release to flick it (speed grows with the pull, up to 120 px); marbles roll with friction and collide elastically as equal masses, so a struck marble moves off along the line joining the two centres while the striker keeps only the sideways part of its motion; a target marble whose centre leaves the ring is knocked out (+1); you get 5 shots, and the shooter returns to its spot once everything has stopped.
const RING = { x: 400, y: 280, r: 200 };
const HOME = { x: 400, y: 540 };

class RingScene extends Phaser.Scene {
  constructor() {
    super('Ring');
  }

  create() {
    this.add.circle(RING.x, RING.y, RING.r).setStrokeStyle(4, 0xffffff, 0.8);
    this.marbles = [];
    const spots = [[0, 0], [-40, 0], [40, 0], [0, -40], [0, 40], [-28, -28], [28, 28]];
    spots.forEach(([dx, dy], i) => {
      this.marbles.push(this.makeMarble(RING.x + dx, RING.y + dy, 12, Phaser.Display.Color.HSVToRGB(i / 7, 0.7, 1).color, false));
    });
    this.shooter = this.makeMarble(HOME.x, HOME.y, 14, 0xeeeeee, true);
    this.marbles.push(this.shooter);

    this.shotsLeft = 5;
    this.knocked = 0;
    this.state = 'aim';
    this.aimG = this.add.graphics();
    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(400, 580, '', { fontSize: '24px', color: '#ffe082' }).setOrigin(0.5, 1);
    this.refreshHud();

    this.input.on('pointerdown', (p) => {
      if (this.state === 'aim' && this.shotsLeft > 0 && Phaser.Math.Distance.BetweenPoints(p, this.shooter.pos) < 30) {
        this.state = 'pulling';
      }
    });
    this.input.on('pointermove', (p) => {
      if (this.state === 'pulling') {
        const pull = this.pullOf(p);
        this.aimG.clear().lineStyle(3, 0xffe082).lineBetween(this.shooter.pos.x, this.shooter.pos.y, this.shooter.pos.x + pull.x, this.shooter.pos.y + pull.y);
      }
    });
    this.input.on('pointerup', (p) => {
      if (this.state !== 'pulling') {
        return;
      }
      this.aimG.clear();
      const pull = this.pullOf(p);
      if (pull.length() < 10) {
        this.state = 'aim';
        return;
      }
      this.shooter.vel.copy(pull).scale(6);
      this.shotsLeft--;
      this.state = 'rolling';
      this.refreshHud();
    });
  }

  makeMarble(x, y, r, color, isShooter) {
    const sprite = this.add.circle(x, y, r, color).setStrokeStyle(2, 0x000000, 0.4);
    return { sprite, r, isShooter, out: false, pos: new Phaser.Math.Vector2(x, y), vel: new Phaser.Math.Vector2() };
  }

  pullOf(p) {
    return new Phaser.Math.Vector2(this.shooter.pos.x - p.x, this.shooter.pos.y - p.y).limit(120);
  }

  refreshHud() {
    this.hud.setText('Shots left: ' + this.shotsLeft + '    Knocked out: ' + this.knocked + '/7');
  }

  collide(a, b) {
    const n = b.pos.clone().subtract(a.pos);
    const dist = n.length();
    const minDist = a.r + b.r;
    if (dist >= minDist || dist === 0) {
      return;
    }
    n.scale(1 / dist);
    const push = (minDist - dist) / 2;
    a.pos.subtract(n.clone().scale(push));
    b.pos.add(n.clone().scale(push));
    const approach = a.vel.clone().subtract(b.vel).dot(n);
    if (approach > 0) {
      a.vel.subtract(n.clone().scale(approach));
      b.vel.add(n.clone().scale(approach));
    }
  }

  update(time, delta) {
    if (this.state !== 'rolling') {
      return;
    }
    const dt = Math.min(delta, 50) / 1000;
    const live = this.marbles.filter((m) => !m.out);
    live.forEach((m) => {
      m.pos.add(m.vel.clone().scale(dt));
      m.vel.scale(Math.pow(0.35, dt));
      if (m.vel.length() < 4) {
        m.vel.reset();
      }
      if ((m.pos.x < m.r && m.vel.x < 0) || (m.pos.x > 800 - m.r && m.vel.x > 0)) {
        m.vel.x *= -1;
      }
      if ((m.pos.y < m.r && m.vel.y < 0) || (m.pos.y > 600 - m.r && m.vel.y > 0)) {
        m.vel.y *= -1;
      }
    });
    for (let i = 0; i < live.length; i++) {
      for (let j = i + 1; j < live.length; j++) {
        this.collide(live[i], live[j]);
      }
    }
    live.forEach((m) => {
      m.sprite.setPosition(m.pos.x, m.pos.y);
      if (!m.isShooter && Phaser.Math.Distance.BetweenPoints(m.pos, RING) > RING.r) {
        m.out = true;
        this.knocked++;
        this.refreshHud();
        this.tweens.add({ targets: m.sprite, alpha: 0, scale: 1.6, duration: 300 });
      }
    });

    if (live.every((m) => m.vel.length() === 0)) {
      this.endShot();
    }
  }

  endShot() {
    this.shooter.pos.set(HOME.x, HOME.y);
    this.shooter.sprite.setPosition(HOME.x, HOME.y);
    if (this.knocked === 7) {
      this.state = 'over';
      this.msg.setText('Ring cleared!');
    } else if (this.shotsLeft === 0) {
      this.state = 'over';
      this.msg.setText('Out of shots - ' + this.knocked + ' knocked out');
    } else {
      this.state = 'aim';
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#5d4037',
  scene: RingScene
};

new Phaser.Game(config);
