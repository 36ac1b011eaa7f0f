// Tower defense: enemies walk the sand path through its waypoints at 60 px/s; click a grass cell to build a tower (50 gold) that shoots the nearest enemy within 120 px every 0.6 s; a killed enemy gives 10 gold, and only an enemy that reaches the right edge costs 1 of your 10 lives; a wave of 6 enemies comes every 15 s after a countdown.
const CELL = 40;
const SPEED = 60;
const RANGE = 120;
const WAYPOINTS = [[0, 3], [6, 3], [6, 10], [13, 10], [13, 5], [19, 5]];

class DefenseScene extends Phaser.Scene {
  constructor() { super('defense'); }

  create() {
    this.gold = 120; this.lives = 10; this.wave = 0; this.countdown = 5; this.over = false;
    this.towers = []; this.shots = []; this.occupied = new Set(); this.pathCells = new Set();
    for (let i = 0; i < WAYPOINTS.length - 1; i++) {
      const [c1, r1] = WAYPOINTS[i], [c2, r2] = WAYPOINTS[i + 1];
      const steps = Math.max(Math.abs(c2 - c1), Math.abs(r2 - r1));
      for (let s = 0; s <= steps; s++) this.pathCells.add((c1 + Math.sign(c2 - c1) * s) + ',' + (r1 + Math.sign(r2 - r1) * s));
    }
    const g = this.add.graphics();
    g.fillStyle(0x3f7d34).fillRect(0, 0, 800, 600);
    g.fillStyle(0xc9a86a);
    this.pathCells.forEach(k => { const [c, r] = k.split(',').map(Number); g.fillRect(c * CELL, r * CELL, CELL, CELL); });
    g.lineStyle(1, 0x000000, 0.12);
    for (let x = 0; x <= 800; x += CELL) g.lineBetween(x, 0, x, 600);
    for (let y = 0; y <= 600; y += CELL) g.lineBetween(0, y, 800, y);
    this.makeTextures();
    this.enemies = this.add.group();
    this.hud = this.add.text(10, 8, '', { fontSize: '18px', color: '#ffffff', backgroundColor: '#00000088' }).setDepth(10);
    this.msg = this.add.text(400, 580, '', { fontSize: '16px', color: '#ffee88' }).setOrigin(0.5).setDepth(10);
    this.input.on('pointerdown', this.build, this);
    this.time.addEvent({ delay: 1000, loop: true, callback: this.tick, callbackScope: this });
    this.updateHud();
  }

  makeTextures() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xd33b3b).fillCircle(12, 12, 12).fillStyle(0x000000).fillCircle(16, 9, 3);
    g.generateTexture('enemy', 24, 24); g.clear();
    g.fillStyle(0x555d6b).fillRect(0, 0, 32, 32).fillStyle(0x8fb3ff).fillCircle(16, 16, 9);
    g.generateTexture('tower', 32, 32); g.clear();
    g.fillStyle(0xffff66).fillCircle(4, 4, 4);
    g.generateTexture('shot', 8, 8); g.destroy();
  }

  cellCenter(c, r) { return { x: c * CELL + CELL / 2, y: r * CELL + CELL / 2 }; }

  tick() {
    if (this.over) return;
    this.countdown--;
    if (this.countdown <= 0) { this.spawnWave(); this.countdown = 15; }
    this.updateHud();
  }

  spawnWave() {
    this.wave++;
    this.time.addEvent({ delay: 800, repeat: 5, callback: this.spawnEnemy, callbackScope: this });
  }

  spawnEnemy() {
    if (this.over) return;
    const pts = WAYPOINTS.map(([c, r]) => this.cellCenter(c, r));
    const e = this.add.image(pts[0].x - CELL, pts[0].y, 'enemy');
    e.hp = 2 + this.wave;
    this.enemies.add(e);
    let prev = { x: e.x, y: e.y };
    const legs = pts.map(p => {
      const d = Phaser.Math.Distance.BetweenPoints(prev, p);
      prev = p;
      return { x: p.x, y: p.y, duration: (d / SPEED) * 1000 };
    });
    legs.push({ x: 800 + CELL, duration: (CELL * 2 / SPEED) * 1000 });
    e.walk = this.tweens.chain({ targets: e, tweens: legs, onComplete: () => this.leak(e) });
  }

  leak(e) {
    if (this.over) return;
    this.lives--;
    e.destroy();
    this.updateHud();
    if (this.lives <= 0) {
      this.over = true;
      this.tweens.pauseAll();
      this.add.text(400, 300, 'GAME OVER', { fontSize: '56px', color: '#ff5555' }).setOrigin(0.5).setDepth(20);
    }
  }

  kill(e) {
    this.gold += 10;
    e.walk.stop();
    e.destroy();
    this.updateHud();
  }

  build(pointer) {
    if (this.over) return;
    const c = Math.floor(pointer.x / CELL), r = Math.floor(pointer.y / CELL);
    const key = c + ',' + r;
    if (this.pathCells.has(key) || this.occupied.has(key)) { this.msg.setText('Cannot build there'); return; }
    if (this.gold < 50) { this.msg.setText('Not enough gold (50)'); return; }
    this.gold -= 50;
    this.occupied.add(key);
    const p = this.cellCenter(c, r);
    this.towers.push({ sprite: this.add.image(p.x, p.y, 'tower'), next: 0 });
    this.msg.setText('');
    this.updateHud();
  }

  update(time, delta) {
    if (this.over) return;
    for (const t of this.towers) {
      if (time < t.next) continue;
      const target = this.nearestEnemy(t.sprite);
      if (!target) continue;
      t.next = time + 600;
      this.shots.push({ img: this.add.image(t.sprite.x, t.sprite.y, 'shot'), target });
    }
    const step = 420 * delta / 1000;
    this.shots = this.shots.filter(s => {
      if (!s.target.active) { s.img.destroy(); return false; }
      const d = Phaser.Math.Distance.Between(s.img.x, s.img.y, s.target.x, s.target.y);
      if (d <= step + 6) {
        s.img.destroy();
        s.target.hp--;
        if (s.target.hp <= 0) this.kill(s.target);
        return false;
      }
      s.img.x += (s.target.x - s.img.x) / d * step;
      s.img.y += (s.target.y - s.img.y) / d * step;
      return true;
    });
  }

  nearestEnemy(from) {
    let best = null, bestD = RANGE;
    this.enemies.getChildren().forEach(e => {
      const d = Phaser.Math.Distance.Between(from.x, from.y, e.x, e.y);
      if (d <= bestD) { best = e; bestD = d; }
    });
    return best;
  }

  updateHud() {
    this.hud.setText(`Gold: ${this.gold}   Lives: ${this.lives}   Wave: ${this.wave}   Next wave in: ${this.countdown}s`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#222222', scene: DefenseScene };
new Phaser.Game(config);
