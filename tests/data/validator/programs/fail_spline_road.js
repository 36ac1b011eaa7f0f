// Tower defense on a curved spline road: every 1.5 s a beetle enters and glides along the road at a constant 70 px/s (the same speed on every part of the road); click away from the road to place a cannon (30 gold) that fires at the nearest beetle within 120 px every 0.7 s; beetles have 3 HP, pay 5 gold, and each one that reaches the bottom exit costs one of 10 lives.
const ROAD_POINTS = [-30, 120, 250, 110, 300, 150, 310, 260, 600, 280, 640, 330, 560, 480, 120, 470, 90, 520, 60, 630];
const SPEED = 70;

class RoadScene extends Phaser.Scene {
  constructor() { super('road'); }

  create() {
    this.gold = 90;
    this.lives = 10;
    this.road = new Phaser.Curves.Spline(ROAD_POINTS);
    this.roadLength = this.road.getLength();
    this.samples = this.road.getSpacedPoints(160);
    const g = this.add.graphics();
    g.fillStyle(0x2f6b3a).fillRect(0, 0, 800, 600);
    g.lineStyle(44, 0x9c7b4f, 1);
    this.road.draw(g, 200);
    g.lineStyle(2, 0x6b5232, 1);
    this.road.draw(g, 200);

    const t = this.make.graphics({ x: 0, y: 0 }, false);
    t.fillStyle(0x1a1a1a).fillEllipse(14, 10, 26, 18).fillStyle(0xc0392b).fillEllipse(14, 10, 20, 13);
    t.generateTexture('beetle', 28, 20); t.clear();
    t.fillStyle(0x444444).fillCircle(15, 15, 15).fillStyle(0xaaaaaa).fillCircle(15, 15, 7);
    t.generateTexture('cannon', 30, 30); t.clear();
    t.fillStyle(0x000000).fillCircle(4, 4, 4);
    t.generateTexture('ball', 8, 8); t.destroy();

    this.beetles = [];
    this.cannons = [];
    this.tmp = new Phaser.Math.Vector2();
    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#ffffff', stroke: '#000000', strokeThickness: 3 }).setDepth(5);
    this.spawner = this.time.addEvent({ delay: 1500, loop: true, callback: this.spawn, callbackScope: this });
    this.input.on('pointerdown', this.placeCannon, this);
    this.showHud();
  }

  spawn() {
    const b = this.add.image(ROAD_POINTS[0], ROAD_POINTS[1], 'beetle');
    b.dist = 0;
    b.hp = 3;
    this.beetles.push(b);
  }

  placeCannon(pointer) {
    if (this.lives <= 0 || this.gold < 30) return;
    const nearRoad = this.samples.some(p => Phaser.Math.Distance.Between(p.x, p.y, pointer.x, pointer.y) < 38);
    const nearCannon = this.cannons.some(c => Phaser.Math.Distance.Between(c.x, c.y, pointer.x, pointer.y) < 32);
    if (nearRoad || nearCannon) return;
    this.gold -= 30;
    const c = this.add.image(pointer.x, pointer.y, 'cannon');
    c.cooldown = 0;
    this.cannons.push(c);
    this.showHud();
  }

  update(time, delta) {
    if (this.lives <= 0) return;
    for (const b of this.beetles) {
      b.dist += SPEED * delta / 1000;
      if (b.dist >= this.roadLength) { b.hp = 0; b.escaped = true; continue; }
      const prevX = b.x, prevY = b.y;
      this.road.getPoint(b.dist / this.roadLength, this.tmp);
      b.setPosition(this.tmp.x, this.tmp.y);
      b.rotation = Math.atan2(b.y - prevY, b.x - prevX);
    }
    for (const c of this.cannons) {
      c.cooldown -= delta;
      if (c.cooldown > 0) continue;
      let target = null, best = 120;
      for (const b of this.beetles) {
        const d = Phaser.Math.Distance.Between(c.x, c.y, b.x, b.y);
        if (b.hp > 0 && d <= best) { best = d; target = b; }
      }
      if (!target) continue;
      c.cooldown = 700;
      target.hp--;
      const ball = this.add.image(c.x, c.y, 'ball');
      this.tweens.add({ targets: ball, x: target.x, y: target.y, duration: 120, onComplete: () => ball.destroy() });
      if (target.hp <= 0) this.gold += 5;
    }
    this.beetles = this.beetles.filter(b => {
      if (b.hp > 0) return true;
      if (b.escaped) this.loseLife();
      b.destroy();
      return false;
    });
    this.showHud();
  }

  loseLife() {
    this.lives--;
    if (this.lives <= 0) {
      this.spawner.remove();
      this.add.text(400, 300, 'The beetles got through!', { fontSize: '40px', color: '#ffcccc', backgroundColor: '#000000' }).setOrigin(0.5);
    }
  }

  showHud() {
    this.hud.setText(`Gold: ${this.gold}   Lives: ${Math.max(this.lives, 0)}   Beetles: ${this.beetles.length}`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, scene: [RoadScene] };
new Phaser.Game(config);
