// Berry farm simulation: 4 workers share 8 bushes. An idle worker chooses the nearest bush that has berries and that no other worker has already chosen, walks to it at 120 px/s, picks for 1.5 seconds, carries the berries back to the basket (+5 each trip) and becomes idle again; a picked bush regrows its berries 6 seconds later. No two workers ever head for the same bush. Press A to hire another worker (max 8).
const BASKET = { x: 400, y: 540 };

class Farm extends Phaser.Scene {
  constructor() {
    super('farm');
  }

  create() {
    this.cameras.main.setBackgroundColor('#7cb342');
    this.add.rectangle(BASKET.x, BASKET.y, 90, 50, 0x8d6e63).setStrokeStyle(4, 0x4e342e);
    this.basketCount = 0;
    this.hud = this.add.text(16, 14, '', { fontSize: '22px', color: '#ffffff', stroke: '#33691e', strokeThickness: 4 });

    this.bushes = [];
    for (let i = 0; i < 8; i++) {
      const x = 100 + (i % 4) * 200;
      const y = 140 + Math.floor(i / 4) * 180;
      const shape = this.add.circle(x, y, 34, 0x2e7d32);
      const fruit = this.add.circle(x, y, 12, 0xd81b60);
      this.bushes.push({ x, y, shape, fruit, ripe: true, claimedBy: null });
    }

    this.workers = [];
    for (let i = 0; i < 4; i++) this.hire();
    this.input.keyboard.on('keydown-A', () => {
      if (this.workers.length < 8) this.hire();
    });
  }

  hire() {
    const n = this.workers.length;
    const body = this.add.circle(BASKET.x - 60 + n * 16, BASKET.y - 50, 12, 0x1565c0).setStrokeStyle(2, 0xffffff);
    this.workers.push({ id: n, body, state: 'idle', target: null, carrying: false });
  }

  chooseBush(w) {
    const free = this.bushes.filter((b) => b.ripe && b.claimedBy === null);
    if (free.length === 0) return;
    free.sort((a, b) => Phaser.Math.Distance.Between(w.body.x, w.body.y, a.x, a.y) - Phaser.Math.Distance.Between(w.body.x, w.body.y, b.x, b.y));
    const bush = free[0];
    bush.claimedBy = w.id;
    w.target = bush;
    w.state = 'toBush';
  }

  arrive(w) {
    if (w.state === 'toBush') {
      w.state = 'picking';
      this.time.delayedCall(1500, () => {
        const bush = w.target;
        bush.ripe = false;
        bush.claimedBy = null;
        bush.fruit.setVisible(false);
        this.time.delayedCall(6000, () => {
          bush.ripe = true;
          bush.fruit.setVisible(true);
        });
        w.carrying = true;
        w.body.setFillStyle(0xd81b60);
        w.state = 'toBasket';
      });
    } else if (w.state === 'toBasket') {
      this.basketCount += 5;
      w.carrying = false;
      w.body.setFillStyle(0x1565c0);
      w.target = null;
      w.state = 'idle';
    }
  }

  update(time, delta) {
    const step = 120 * delta / 1000;
    for (const w of this.workers) {
      if (w.state === 'idle') {
        this.chooseBush(w);
        continue;
      }
      if (w.state === 'picking') continue;
      const goal = w.state === 'toBush' ? w.target : BASKET;
      const d = Phaser.Math.Distance.Between(w.body.x, w.body.y, goal.x, goal.y);
      if (d <= step) {
        w.body.setPosition(goal.x, goal.y);
        this.arrive(w);
      } else {
        w.body.x += (goal.x - w.body.x) / d * step;
        w.body.y += (goal.y - w.body.y) / d * step;
      }
    }
    const busy = this.workers.filter((w) => w.state !== 'idle').length;
    this.hud.setText('Basket: ' + this.basketCount + '   Workers: ' + this.workers.length + ' (' + busy + ' busy)   A: hire');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Farm
};

new Phaser.Game(config);
