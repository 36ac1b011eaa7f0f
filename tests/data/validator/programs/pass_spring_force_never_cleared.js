// Spring toy: a weight hangs from an anchor at (400, 80) on a spring (rest length 150 px, stiffness 12 /s^2, damping 1.5 /s) under gravity 400 px/s^2; drag the weight to stretch the spring, release it and it bounces, then settles where the spring is 150 + 400/12 = 183 px long straight below the anchor; the spring length is shown.
const ANCHOR = { x: 400, y: 80 };
const REST = 150;
const K = 12;
const DAMPING = 1.5;
const GRAVITY = 400;
const COILS = 14;

class SpringScene extends Phaser.Scene {
  constructor() {
    super('Spring');
  }

  create() {
    this.pos = new Phaser.Math.Vector2(ANCHOR.x, ANCHOR.y + REST);
    this.vel = new Phaser.Math.Vector2(0, 0);
    this.force = new Phaser.Math.Vector2(0, 0);
    this.dragging = false;

    this.add.rectangle(ANCHOR.x, ANCHOR.y - 8, 140, 16, 0x8d99ae);
    this.springGfx = this.add.graphics();
    this.weight = this.add.circle(this.pos.x, this.pos.y, 20, 0xef476f).setStrokeStyle(3, 0xffffff);
    this.weight.setInteractive({ draggable: true, useHandCursor: true });
    this.weight.on('dragstart', () => {
      this.dragging = true;
      this.vel.set(0, 0);
    });
    this.weight.on('drag', (pointer, dragX, dragY) => {
      this.pos.set(dragX, dragY);
    });
    this.weight.on('dragend', () => {
      this.dragging = false;
    });

    this.readout = this.add.text(16, 16, '', { fontFamily: 'Arial', fontSize: '18px', color: '#edf2f4' });
    this.add.text(16, 570, 'Drag the weight, then let go', { fontFamily: 'Arial', fontSize: '16px', color: '#adb5bd' });
  }

  update(time, delta) {
    const dt = Math.min(delta, 40) / 1000;
    if (!this.dragging) {
      this.force.set(0, 0);
      this.applySpring();
      this.force.y += GRAVITY;
      this.force.x -= DAMPING * this.vel.x;
      this.force.y -= DAMPING * this.vel.y;
      this.vel.x += this.force.x * dt;
      this.vel.y += this.force.y * dt;
      this.pos.x += this.vel.x * dt;
      this.pos.y += this.vel.y * dt;
    }
    this.weight.setPosition(this.pos.x, this.pos.y);
    this.drawSpring();
  }

  applySpring() {
    const dx = this.pos.x - ANCHOR.x;
    const dy = this.pos.y - ANCHOR.y;
    const length = Math.max(Math.hypot(dx, dy), 1);
    const stretch = length - REST;
    this.force.x -= K * stretch * (dx / length);
    this.force.y -= K * stretch * (dy / length);
  }

  drawSpring() {
    const dx = this.pos.x - ANCHOR.x;
    const dy = this.pos.y - ANCHOR.y;
    const length = Math.hypot(dx, dy);
    const nx = -dy / (length || 1);
    const ny = dx / (length || 1);
    const points = [new Phaser.Math.Vector2(ANCHOR.x, ANCHOR.y)];
    for (let i = 1; i < COILS; i++) {
      const t = i / COILS;
      const side = i % 2 === 0 ? -12 : 12;
      points.push(new Phaser.Math.Vector2(ANCHOR.x + dx * t + nx * side, ANCHOR.y + dy * t + ny * side));
    }
    points.push(new Phaser.Math.Vector2(this.pos.x, this.pos.y));
    this.springGfx.clear().lineStyle(3, 0xffd166, 1).strokePoints(points);
    this.readout.setText(`Spring length: ${length.toFixed(1)} px   (rest ${REST}, settles at ${(REST + GRAVITY / K).toFixed(1)})`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2b2d42',
  scene: SpringScene
});
