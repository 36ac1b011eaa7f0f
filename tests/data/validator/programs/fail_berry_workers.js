// Berry farm: 6 bushes ripen at random times (a ripe bush turns purple) and 3 workers start at the barn. Whenever a bush is ripe and a worker is idle, that worker walks to it at 80 px/s, picks it for 1 second (+5 berries; the bush turns green and ripens again 4-8 seconds later) and walks back to the barn; each ripe bush is claimed by only one worker, so idle workers head to different ripe bushes at the same time.
const BARN = { x: 90, y: 320 };
const WALK_SPEED = 80;
const GREEN = 0x2e7d32;
const PURPLE = 0x7b1fa2;

class FarmScene extends Phaser.Scene {
  constructor() {
    super('Farm');
  }

  create() {
    this.berries = 0;
    this.add.rectangle(BARN.x, BARN.y, 110, 90, 0x8d3b2f).setStrokeStyle(3, 0x3e2723);
    this.add.triangle(BARN.x, BARN.y - 70, 0, 50, 60, 0, 120, 50, 0x5d1f16);
    this.add.text(BARN.x, BARN.y + 60, 'BARN', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(20, 20, '', { fontSize: '26px', color: '#ffffff' });

    this.bushes = [];
    for (let i = 0; i < 6; i++) {
      const x = 420 + (i % 3) * 150;
      const y = 190 + Math.floor(i / 3) * 240;
      const bush = { x, y, ripe: false, claimed: false, shape: this.add.circle(x, y, 34, GREEN) };
      this.bushes.push(bush);
      this.scheduleRipen(bush, Phaser.Math.Between(1000, 4000));
    }

    this.workers = [];
    for (let i = 0; i < 3; i++) {
      const body = this.add.rectangle(0, 6, 18, 24, 0x1e88e5);
      const head = this.add.circle(0, -12, 8, 0xffcc80);
      const sprite = this.add.container(BARN.x + 70, BARN.y - 40 + i * 40, [body, head]);
      this.workers.push({ sprite, state: 'idle', target: null, pickUntil: 0, home: { x: sprite.x, y: sprite.y } });
    }
    this.updateScore();
  }

  scheduleRipen(bush, delay) {
    this.time.delayedCall(delay, () => {
      bush.ripe = true;
      bush.shape.setFillStyle(PURPLE);
    });
  }

  updateScore() {
    this.scoreText.setText('Berries: ' + this.berries);
  }

  moveTowards(worker, tx, ty, delta) {
    const dx = tx - worker.sprite.x;
    const dy = ty - worker.sprite.y;
    const dist = Math.sqrt(dx * dx + dy * dy);
    const step = WALK_SPEED * delta / 1000;
    if (dist <= step) {
      worker.sprite.setPosition(tx, ty);
      return true;
    }
    worker.sprite.x += dx / dist * step;
    worker.sprite.y += dy / dist * step;
    return false;
  }

  update(time, delta) {
    this.workers.forEach((w) => {
      if (w.state === 'idle') {
        const bush = this.bushes.find((b) => b.ripe && !b.claimed);
        if (bush) {
          w.target = bush;
          w.state = 'toBush';
        }
      } else if (w.state === 'toBush') {
        if (this.moveTowards(w, w.target.x - 40, w.target.y, delta)) {
          if (w.target.ripe && !w.target.claimed) {
            w.target.claimed = true;
            w.state = 'picking';
            w.pickUntil = time + 1000;
          } else {
            w.state = 'toBarn';
          }
        }
      } else if (w.state === 'picking') {
        if (time >= w.pickUntil) {
          const bush = w.target;
          bush.ripe = false;
          bush.claimed = false;
          bush.shape.setFillStyle(GREEN);
          this.scheduleRipen(bush, Phaser.Math.Between(4000, 8000));
          this.berries += 5;
          this.updateScore();
          w.state = 'toBarn';
        }
      } else if (w.state === 'toBarn') {
        if (this.moveTowards(w, w.home.x, w.home.y, delta)) {
          w.state = 'idle';
          w.target = null;
        }
      }
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#7cb342',
  scene: FarmScene
};

new Phaser.Game(config);
