// Tower defense: each wave sends 6 creeps that enter at the left gate one at a time, 1.2 s apart, and each creep walks the waypoint path on its own at 80 px/s; click a free grass spot to build a tower (35 gold) that shoots the nearest creep within 130 px every 0.5 s; creeps have 4 HP and pay 6 gold; after a wave is cleared a 6 s countdown starts the next one; a creep reaching the right gate costs 1 of 12 lives.
const PATH = [[0, 100], [220, 100], [220, 420], [520, 420], [520, 200], [800, 200]].map(([x, y]) => new Phaser.Math.Vector2(x, y));

class Creep {
  constructor(scene, start) {
    this.pos = start.clone();
    this.wp = 1;
    this.hp = 4;
    this.img = scene.add.image(start.x, start.y, 'creep');
  }
  advance(dist) {
    while (dist > 0 && this.wp < PATH.length) {
      const target = PATH[this.wp];
      const gap = this.pos.distance(target);
      if (gap <= dist) { this.pos.copy(target); this.wp++; dist -= gap; }
      else { this.pos.add(target.clone().subtract(this.pos).normalize().scale(dist)); dist = 0; }
    }
    this.img.setPosition(this.pos.x, this.pos.y);
    return this.wp >= PATH.length;
  }
}

class WaveScene extends Phaser.Scene {
  constructor() { super('waves'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x417a3b).fillRect(0, 0, 800, 600);
    g.lineStyle(36, 0xbfa06a).strokePoints(PATH);
    const tex = this.make.graphics({}, false);
    tex.fillStyle(0x7a3fb0).fillCircle(11, 11, 11).lineStyle(2, 0xffffff).strokeCircle(11, 11, 10);
    tex.generateTexture('creep', 22, 22).clear();
    tex.fillStyle(0x2d2d2d).fillRect(0, 0, 30, 30).fillStyle(0xf2c14e).fillRect(9, 9, 12, 12);
    tex.generateTexture('tower', 30, 30).destroy();
    this.creeps = [];
    this.towers = [];
    this.state = { gold: 70, lives: 12, wave: 0, countdown: 3, spawning: false };
    this.beams = this.add.graphics();
    this.hud = this.add.text(10, 10, '', { fontSize: '18px', color: '#fff', backgroundColor: '#0008' });
    this.input.on('pointerdown', p => this.build(p.x, p.y));
    this.clock = this.time.addEvent({ delay: 1000, loop: true, callback: this.countDown, callbackScope: this });
    this.drawHud();
  }

  countDown() {
    const s = this.state;
    if (s.lives <= 0 || s.spawning || this.creeps.length) return;
    s.countdown--;
    if (s.countdown <= 0) this.startWave();
    this.drawHud();
  }

  startWave() {
    const s = this.state;
    s.wave++;
    s.spawning = true;
    this.time.addEvent({
      delay: 1200, repeat: 5,
      callback: () => this.creeps.push(new Creep(this, PATH[0]))
    });
    this.time.delayedCall(1200 * 6 + 50, () => { s.spawning = false; s.countdown = 6; this.drawHud(); });
  }

  build(x, y) {
    const s = this.state;
    const onRoad = PATH.some((p, i) => i > 0 && Phaser.Geom.Intersects.LineToCircle(new Phaser.Geom.Line(PATH[i - 1].x, PATH[i - 1].y, p.x, p.y), new Phaser.Geom.Circle(x, y, 34)));
    const crowded = this.towers.some(t => Phaser.Math.Distance.Between(t.x, t.y, x, y) < 32);
    if (s.gold < 35 || onRoad || crowded || s.lives <= 0) return;
    s.gold -= 35;
    const t = this.add.image(x, y, 'tower');
    t.reload = 0;
    this.towers.push(t);
    this.drawHud();
  }

  update(time, delta) {
    const s = this.state;
    if (s.lives <= 0) return;
    this.creeps = this.creeps.filter(c => {
      if (!c.advance(80 * delta / 1000)) return true;
      c.img.destroy();
      s.lives--;
      if (s.lives <= 0) this.add.text(400, 300, 'DEFEAT', { fontSize: '64px', color: '#ff4444' }).setOrigin(0.5);
      return false;
    });
    this.beams.clear();
    for (const t of this.towers) {
      t.reload -= delta;
      if (t.reload > 0) continue;
      const target = this.creeps.reduce((best, c) => {
        const d = Phaser.Math.Distance.Between(t.x, t.y, c.img.x, c.img.y);
        return d <= 130 && (!best || d < best.d) ? { c, d } : best;
      }, null);
      if (!target) continue;
      t.reload = 500;
      this.beams.lineStyle(2, 0xffffaa).lineBetween(t.x, t.y, target.c.img.x, target.c.img.y);
      target.c.hp--;
    }
    this.creeps = this.creeps.filter(c => {
      if (c.hp > 0) return true;
      c.img.destroy();
      s.gold += 6;
      return false;
    });
    this.drawHud();
  }

  drawHud() {
    const s = this.state;
    const next = s.spawning || this.creeps.length ? 'wave in progress' : `next wave in ${s.countdown}s`;
    this.hud.setText(`Gold ${s.gold}  Lives ${s.lives}  Wave ${s.wave}  (${next})`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, scene: WaveScene };
new Phaser.Game(config);
