// Laser cannon: Left/Right move the cannon along the bottom. The first shot leaves the instant Space is pressed and, while Space stays held, another follows every 200 ms, so a quick tap fires exactly one shot. Three rows of 6 targets slide back and forth near the top; a target takes one hit (+20) and a new set of rows appears 1 s after the last one falls. The HUD shows shots fired, hits and score.
const ROWS = 3;
const COLS = 6;
const SHOT_SPEED = 600;

class Range extends Phaser.Scene {
  constructor() {
    super('Range');
  }

  create() {
    this.shotsFired = 0;
    this.hits = 0;
    this.score = 0;
    this.lasers = [];
    this.targets = [];
    this.autoFire = null;

    this.cannon = this.add.container(400, 560);
    const base = this.add.rectangle(0, 8, 70, 24, 0x588157).setStrokeStyle(2, 0xa3b18a);
    const barrel = this.add.rectangle(0, -14, 12, 30, 0xdad7cd);
    this.cannon.add([base, barrel]);

    this.cursors = this.input.keyboard.createCursorKeys();
    const fireKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    fireKey.on('down', () => {
      if (this.autoFire) return;
      this.shoot();
      this.autoFire = this.time.addEvent({ delay: 200, loop: true, callback: this.shoot, callbackScope: this });
    });
    fireKey.on('up', () => {
      if (this.autoFire) {
        this.autoFire.remove();
        this.autoFire = null;
      }
    });

    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#f1faee' });
    this.spawnRows();
  }

  spawnRows() {
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const t = this.add.circle(160 + c * 80, 90 + r * 60, 18, 0xe63946).setStrokeStyle(4, 0xf1faee);
        this.targets.push(t);
        this.tweens.add({
          targets: t,
          x: r % 2 === 0 ? '+=120' : '-=120',
          duration: 1400 + r * 300,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.easeInOut'
        });
      }
    }
  }

  shoot() {
    const x = this.cannon.x;
    const y = this.cannon.y - 32;
    this.lasers.push(this.add.rectangle(x, y, 4, 16, 0xffea00));
    this.shotsFired += 1;
  }

  update(time, delta) {
    const dt = delta / 1000;
    if (this.cursors.left.isDown) this.cannon.x -= 320 * dt;
    if (this.cursors.right.isDown) this.cannon.x += 320 * dt;
    this.cannon.x = Phaser.Math.Clamp(this.cannon.x, 40, 760);

    for (let i = this.lasers.length - 1; i >= 0; i--) {
      const laser = this.lasers[i];
      laser.y -= SHOT_SPEED * dt;
      const box = laser.getBounds();
      const hit = this.targets.find((t) => Phaser.Geom.Intersects.RectangleToRectangle(box, t.getBounds()));
      if (hit) {
        this.tweens.killTweensOf(hit);
        this.targets.splice(this.targets.indexOf(hit), 1);
        hit.destroy();
        this.hits += 1;
        this.score += 20;
        if (this.targets.length === 0) this.time.delayedCall(1000, () => this.spawnRows());
      }
      if (hit || laser.y < -20) {
        laser.destroy();
        this.lasers.splice(i, 1);
      }
    }

    this.hud.setText('Shots ' + this.shotsFired + '   Hits ' + this.hits + '   Score ' + this.score);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3557',
  scene: Range
};

new Phaser.Game(config);
