// Two-level platformer with hand-written physics (no physics engine): Left/Right arrows run, Up jumps about 110 px; walls and the tall barrier are solid from the side, so the player cannot walk through or onto a barrier taller than a jump. Standing on the blue button lowers the barrier into the floor; then reach the flag for the next level.
const FLOOR_Y = 540;
const WORLDS = [
  { spawn: 60, button: { x: 180, y: FLOOR_Y }, barrier: { x: 460, h: 200 }, flag: 700,
    blocks: [{ x: 0, y: FLOOR_Y, w: 800, h: 60 }, { x: 300, y: 470, w: 80, h: 70 }] },
  { spawn: 60, button: { x: 395, y: 380 }, barrier: { x: 540, h: 220 }, flag: 720,
    blocks: [{ x: 0, y: FLOOR_Y, w: 800, h: 60 }, { x: 200, y: 460, w: 90, h: 80 }, { x: 340, y: 380, w: 110, h: 20 }] }
];

class ButtonBarrier extends Phaser.Scene {
  constructor() {
    super('ButtonBarrier');
  }

  init(data) {
    this.world = data.world || 0;
  }

  create() {
    const def = WORLDS[this.world];
    this.solids = def.blocks.map((b) => ({ ...b }));
    this.barrier = { x: def.barrier.x, y: FLOOR_Y - def.barrier.h, w: 30, h: def.barrier.h };
    this.solids.push(this.barrier);
    this.button = { x: def.button.x - 25, y: def.button.y - 8, w: 50, h: 8, pressed: false };
    this.flag = { x: def.flag, y: FLOOR_Y - 70, w: 30, h: 70 };
    this.p = { x: def.spawn, y: FLOOR_Y - 40, w: 26, h: 40, vx: 0, vy: 0, onGround: false };
    this.gfx = this.add.graphics();
    this.add.text(16, 14, 'World ' + (this.world + 1) + ' / ' + WORLDS.length + '  -  press the button to lower the barrier', { fontSize: '18px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.cleared = false;
  }

  hits(a, b) {
    return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
  }

  step(dt) {
    const p = this.p;
    p.vx = this.cursors.left.isDown ? -220 : this.cursors.right.isDown ? 220 : 0;
    if (this.cursors.up.isDown && p.onGround) p.vy = -560;
    p.vy = Math.min(p.vy + 1400 * dt, 900);

    const prevBottom = p.y + p.h;
    const prevTop = p.y;
    p.x = Phaser.Math.Clamp(p.x + p.vx * dt, 0, 800 - p.w);
    p.y += p.vy * dt;
    p.onGround = false;

    for (const s of this.solids) {
      if (s.h <= 0 || !this.hits(p, s)) continue;
      if (p.vy >= 0 && prevBottom <= s.y + 0.5) {
        p.y = s.y - p.h;
        p.vy = 0;
        p.onGround = true;
      } else if (p.vy < 0 && prevTop >= s.y + s.h - 0.5) {
        p.y = s.y + s.h;
        p.vy = 0;
      } else if (p.x + p.w / 2 < s.x + s.w / 2) {
        p.x = s.x - p.w;
      } else {
        p.x = s.x + s.w;
      }
    }
  }

  update(time, delta) {
    if (this.cleared) return;
    this.step(Math.min(delta, 50) / 1000);

    const p = this.p;
    if (!this.button.pressed && p.onGround && this.hits(p, this.button)) {
      this.button.pressed = true;
      this.tweens.add({
        targets: this.barrier, h: 0, y: FLOOR_Y, duration: 700,
        onComplete: () => { this.barrier.h = 0; }
      });
    }
    if (this.hits(p, this.flag)) {
      this.cleared = true;
      const last = this.world === WORLDS.length - 1;
      this.add.text(400, 250, last ? 'You beat both worlds!' : 'World clear!', { fontSize: '40px', color: '#ffe066' }).setOrigin(0.5);
      if (!last) this.time.delayedCall(1000, () => this.scene.restart({ world: this.world + 1 }));
    }
    this.draw();
  }

  draw() {
    const g = this.gfx.clear();
    this.solids.forEach((s) => {
      if (s.h <= 0) return;
      g.fillStyle(s === this.barrier ? 0xe63946 : 0x6c757d).fillRect(s.x, s.y, s.w, s.h);
    });
    g.fillStyle(this.button.pressed ? 0x1d3557 : 0x4dabf7).fillRect(this.button.x, this.button.y + (this.button.pressed ? 4 : 0), this.button.w, this.button.pressed ? 4 : this.button.h);
    g.fillStyle(0xffffff).fillRect(this.flag.x, this.flag.y, 4, this.flag.h);
    g.fillStyle(0x38b000).fillTriangle(this.flag.x + 4, this.flag.y, this.flag.x + 34, this.flag.y + 12, this.flag.x + 4, this.flag.y + 24);
    g.fillStyle(0xffd6a5).fillRect(this.p.x, this.p.y, this.p.w, this.p.h);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14213d',
  scene: ButtonBarrier
};

new Phaser.Game(config);
