// Platformer with hand-written motion (no physics engine): Left/Right run, UP jumps; ledges can be jumped through from below. A moving platform carries you across the lava; touching the lava or the rolling spike ball costs one of 3 hearts and respawns you at the last checkpoint post you passed (posts turn green). Losing your last heart shows GAME OVER (R restarts); reach the chest on the high ledge to win.
const GRAVITY = 1400;
const RUN = 210;
const JUMP = 640;
const LAVA_TOP = 530;
const PW = 24;
const PH = 36;

class LavaScene extends Phaser.Scene {
  constructor() {
    super('Lava');
  }

  create() {
    this.add.rectangle(400, 565, 340, 70, 0xff5400).setOrigin(0.5);
    this.platforms = [
      { x: 0, y: 500, w: 230, vx: 0 },
      { x: 570, y: 500, w: 230, vx: 0 },
      { x: 620, y: 380, w: 160, vx: 0 },
      { x: 250, y: 470, w: 90, vx: 80, minX: 250, maxX: 470 }
    ];
    this.platforms.forEach((p) => {
      p.view = this.add.rectangle(p.x, p.y, p.w, 14, p.vx ? 0xc0c0c0 : 0x6c757d).setOrigin(0, 0);
    });
    this.posts = [{ x: 60 }, { x: 610 }].map((p, i) => ({
      x: p.x,
      view: this.add.rectangle(p.x, 500, 8, 50, i === 0 ? 0x52b788 : 0x888888).setOrigin(0.5, 1)
    }));
    this.cpIndex = 0;
    this.ball = { x: 700, y: 486, vx: 90, minX: 640, maxX: 785, view: this.add.circle(700, 486, 14, 0x9d0208) };
    this.chest = this.add.rectangle(750, 380, 34, 24, 0xffb703).setOrigin(0.5, 1);

    this.p = { x: 60, y: 500 - PH / 2, vx: 0, vy: 0, onGround: true, riding: null };
    this.playerView = this.add.rectangle(this.p.x, this.p.y, PW, PH, 0x90e0ef);
    this.hearts = 3;
    this.safeUntil = 0;
    this.state = 'play';
    this.heartText = this.add.text(16, 12, '', { fontSize: '28px', color: '#ff4d6d' });
    this.msg = this.add.text(400, 200, '', { fontSize: '40px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.refreshHearts();

    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => { if (this.state !== 'play') this.scene.restart(); });
  }

  refreshHearts() {
    this.heartText.setText('\u2665'.repeat(this.hearts) + '\u2661'.repeat(3 - this.hearts));
  }

  hurt() {
    this.hearts -= 1;
    this.refreshHearts();
    if (this.hearts === 0) {
      this.end('GAME OVER\nR to restart', '#ff6b6b');
      return;
    }
    this.respawn();
  }

  respawn() {
    const post = this.posts[this.cpIndex];
    Object.assign(this.p, { x: post.x, y: 500 - PH / 2, vx: 0, vy: 0, onGround: true, riding: null });
    this.safeUntil = this.time.now + 1000;
    this.tweens.add({ targets: this.playerView, alpha: 0.2, duration: 100, yoyo: true, repeat: 4 });
  }

  end(text, color) {
    this.state = 'over';
    this.msg.setText(text).setColor(color);
  }

  update(time, delta) {
    if (this.state !== 'play') return;
    const dt = Math.min(delta, 34) / 1000;
    const p = this.p;

    this.platforms.forEach((plat) => {
      plat.dx = 0;
      if (!plat.vx) return;
      plat.x += plat.vx * dt;
      if (plat.x < plat.minX || plat.x > plat.maxX) {
        plat.x = Phaser.Math.Clamp(plat.x, plat.minX, plat.maxX);
        plat.vx = -plat.vx;
      }
      plat.dx = plat.x - plat.view.x;
      plat.view.x = plat.x;
    });
    if (p.riding) p.x += p.riding.dx;

    p.vx = this.keys.left.isDown ? -RUN : this.keys.right.isDown ? RUN : 0;
    if (Phaser.Input.Keyboard.JustDown(this.keys.up) && p.onGround) {
      p.vy = -JUMP;
      p.onGround = false;
      p.riding = null;
    }
    p.vy = Math.min(p.vy + GRAVITY * dt, 900);
    p.x = Phaser.Math.Clamp(p.x + p.vx * dt, PW / 2, 800 - PW / 2);

    const prevBottom = p.y + PH / 2;
    p.y += p.vy * dt;
    const bottom = p.y + PH / 2;
    p.onGround = false;
    p.riding = null;
    for (const plat of this.platforms) {
      const over = p.x + PW / 2 > plat.x && p.x - PW / 2 < plat.x + plat.w;
      if (over && p.vy >= 0 && prevBottom <= plat.y + 1 && bottom >= plat.y) {
        p.y = plat.y - PH / 2;
        p.vy = 0;
        p.onGround = true;
        p.riding = plat.vx ? plat : null;
        break;
      }
    }

    const b = this.ball;
    b.x += b.vx * dt;
    if (b.x < b.minX || b.x > b.maxX) {
      b.x = Phaser.Math.Clamp(b.x, b.minX, b.maxX);
      b.vx = -b.vx;
    }
    b.view.setPosition(b.x, b.y);
    b.view.rotation += (b.vx * dt) / 14;

    this.posts.forEach((post, i) => {
      if (i > this.cpIndex && p.x > post.x) {
        this.cpIndex = i;
        post.view.setFillStyle(0x52b788);
      }
    });

    if (bottom > LAVA_TOP) this.hurt();
    else if (time >= this.safeUntil && Phaser.Math.Distance.Between(p.x, p.y, b.x, b.y) < 14 + PW / 2) this.hurt();
    if (this.state === 'play' && Math.abs(p.x - this.chest.x) < 26 && Math.abs(bottom - 380) < 2) this.end('TREASURE!\nYou win', '#ffd166');
    this.playerView.setPosition(p.x, p.y);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2b2d42',
  scene: [LavaScene]
};

new Phaser.Game(config);
