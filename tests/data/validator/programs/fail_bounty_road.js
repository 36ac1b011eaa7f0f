// Tower defense with Arcade physics: click an empty grass tile to build a turret (40 gold) that fires a bullet every 0.5 s at the enemy furthest along the road within 140 px; each killed enemy pays 15 gold, while an enemy reaching the base costs 1 of 8 lives and pays nothing; a wave of 5 + wave number enemies starts each time the on-screen countdown reaches 0 (first after 8 s, then every 14 s).
const T = 40;
const ROUTE = [{ x: -20, y: 140 }, { x: 620, y: 140 }, { x: 620, y: 300 }, { x: 180, y: 300 }, { x: 180, y: 460 }, { x: 820, y: 460 }];

const gameScene = {
  key: 'game',
  create() {
    this.gold = 100; this.lives = 8; this.wave = 0; this.timeLeft = 8; this.ended = false;
    const g = this.add.graphics();
    g.fillStyle(0x4c8c3a).fillRect(0, 0, 800, 600);
    g.lineStyle(T, 0xb89460);
    g.strokePoints(ROUTE.map(p => new Phaser.Math.Vector2(p.x, p.y)));
    g.fillStyle(0x3355aa).fillRect(760, 420, 40, 80);
    this.blocked = new Set();
    for (let x = 0; x < 800; x += T) for (let y = 0; y < 600; y += T) {
      const cx = x + T / 2, cy = y + T / 2;
      if (ROUTE.some((a, i) => i < ROUTE.length - 1 && distToSegment(cx, cy, a, ROUTE[i + 1]) < T)) this.blocked.add(x + ':' + y);
    }
    const tg = this.make.graphics({}, false);
    tg.fillStyle(0xe05a2a).fillRect(0, 0, 22, 22); tg.generateTexture('mob', 22, 22); tg.clear();
    tg.fillStyle(0x222222).fillCircle(16, 16, 16).fillStyle(0x66ddff).fillRect(12, 0, 8, 18); tg.generateTexture('turret', 32, 32); tg.clear();
    tg.fillStyle(0xffffff).fillCircle(3, 3, 3); tg.generateTexture('bullet', 6, 6); tg.destroy();
    this.mobs = this.physics.add.group();
    this.bullets = this.physics.add.group();
    this.turrets = [];
    this.physics.add.overlap(this.bullets, this.mobs, (bullet, mob) => {
      bullet.destroy();
      mob.hp -= 1;
      if (mob.hp <= 0) mob.destroy();
    });
    this.label = this.add.text(8, 8, '', { fontFamily: 'monospace', fontSize: '17px', color: '#fff' });
    this.input.on('pointerdown', p => this.place(p.x, p.y));
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.second() });
    this.refresh();
  },
  update(time, delta) {
    if (this.ended) return;
    const speed = 70;
    this.mobs.getChildren().slice().forEach(mob => {
      const target = ROUTE[mob.leg];
      const d = Phaser.Math.Distance.Between(mob.x, mob.y, target.x, target.y);
      const step = speed * delta / 1000;
      mob.progress += Math.min(step, d);
      if (d <= step) {
        mob.body.reset(target.x, target.y);
        mob.leg++;
        if (mob.leg >= ROUTE.length) { this.reachBase(mob); return; }
      }
      this.physics.moveTo(mob, ROUTE[mob.leg].x, ROUTE[mob.leg].y, speed);
    });
    this.bullets.getChildren().forEach(b => {
      if (b.target.active) this.physics.moveToObject(b, b.target, 450);
    });
    this.turrets.forEach(t => {
      if (time < t.ready) return;
      let pick = null;
      this.mobs.getChildren().forEach(mob => {
        if (Phaser.Math.Distance.Between(t.img.x, t.img.y, mob.x, mob.y) > 140) return;
        if (!pick || mob.progress > pick.progress) pick = mob;
      });
      if (!pick) return;
      t.ready = time + 500;
      t.img.rotation = Phaser.Math.Angle.Between(t.img.x, t.img.y, pick.x, pick.y) + Math.PI / 2;
      const b = this.bullets.create(t.img.x, t.img.y, 'bullet');
      b.target = pick;
      this.time.delayedCall(1200, () => b.destroy());
    });
  },
  extend: {
    second() {
      if (this.ended) return;
      if (--this.timeLeft === 0) {
        this.wave++;
        this.time.addEvent({ delay: 900, repeat: 4 + this.wave, callback: () => this.spawn() });
        this.timeLeft = 14;
      }
      this.refresh();
    },
    spawn() {
      if (this.ended) return;
      const mob = this.mobs.create(ROUTE[0].x, ROUTE[0].y, 'mob');
      mob.hp = 2 + this.wave;
      mob.leg = 1;
      mob.progress = 0;
      mob.once('destroy', () => { this.gold += 15; this.refresh(); });
    },
    place(px, py) {
      if (this.ended) return;
      const x = Math.floor(px / T) * T, y = Math.floor(py / T) * T;
      if (this.blocked.has(x + ':' + y) || this.gold < 40) return;
      this.blocked.add(x + ':' + y);
      this.gold -= 40;
      this.turrets.push({ img: this.add.image(x + T / 2, y + T / 2, 'turret'), ready: 0 });
      this.refresh();
    },
    reachBase(mob) {
      mob.destroy();
      this.lives--;
      this.cameras.main.shake(120, 0.005);
      if (this.lives <= 0) {
        this.ended = true;
        this.physics.pause();
        this.add.text(400, 300, 'The base has fallen', { fontSize: '44px', color: '#ffdddd', backgroundColor: '#000' }).setOrigin(0.5);
      }
      this.refresh();
    },
    refresh() {
      this.label.setText(`Gold ${this.gold}  Lives ${this.lives}  Wave ${this.wave}  Next wave ${this.timeLeft}s`);
    }
  }
};

function distToSegment(px, py, a, b) {
  const dx = b.x - a.x, dy = b.y - a.y;
  const t = Phaser.Math.Clamp(((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy), 0, 1);
  return Phaser.Math.Distance.Between(px, py, a.x + dx * t, a.y + dy * t);
}

const config = {
  type: Phaser.AUTO, width: 800, height: 600,
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: gameScene
};
new Phaser.Game(config);
