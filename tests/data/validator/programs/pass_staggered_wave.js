// Tower defense with Arcade physics: press N to send the next wave (only when no wave is running); a wave is 8 enemies that enter one at a time, 0.6 s apart (every 4th is a slower, tougher brute); click grass to place a gun (45 gold) that shoots the nearest enemy within 150 px every 0.45 s; kills pay 4 gold (brutes 10) and each leaker costs 1 of 10 lives.
const TILE = 40;
const WAYPOINTS = [[-1, 2], [15, 2], [15, 7], [3, 7], [3, 12], [20, 12]].map(([c, r]) => ({ x: c * TILE + TILE / 2, y: r * TILE + TILE / 2 }));
const KINDS = { runner: { hp: 3, speed: 95, color: 0xf08a24, pay: 4 }, brute: { hp: 9, speed: 55, color: 0x8a2be2, pay: 10 } };

class WaveDefense extends Phaser.Scene {
  constructor() { super('wave-defense'); }

  create() {
    this.gold = 110; this.lives = 10; this.wave = 0; this.toSpawn = 0; this.waveRunning = false;
    const ground = this.add.graphics();
    ground.fillStyle(0x2e6b34).fillRect(0, 0, 800, 600);
    ground.lineStyle(TILE, 0xc8ad7f).strokePoints(WAYPOINTS.map(p => new Phaser.Math.Vector2(p.x, p.y)));
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffffff).fillCircle(12, 12, 12); g.generateTexture('foe', 24, 24); g.clear();
    g.fillStyle(0x1f1f3a).fillRect(0, 0, 30, 30).fillStyle(0x9ad0ff).fillRect(11, 0, 8, 16); g.generateTexture('gun', 30, 30); g.clear();
    g.fillStyle(0xffffcc).fillRect(0, 0, 6, 6); g.generateTexture('slug', 6, 6); g.destroy();
    this.foes = this.physics.add.group();
    this.slugs = this.physics.add.group();
    this.guns = [];
    this.physics.add.overlap(this.slugs, this.foes, (slug, foe) => {
      slug.destroy();
      foe.hp--;
      if (foe.hp <= 0) { this.gold += foe.pay; foe.destroy(); }
    });
    this.hud = this.add.text(8, 8, '', { fontSize: '17px', color: '#ffffff', backgroundColor: '#000000aa', padding: { x: 4, y: 2 } });
    this.input.keyboard.on('keydown-N', () => this.sendWave());
    this.input.on('pointerdown', p => this.placeGun(p.x, p.y));
  }

  wait(ms) {
    return new Promise(resolve => this.time.delayedCall(ms, resolve));
  }

  async sendWave() {
    if (this.waveRunning || this.lives <= 0) return;
    this.waveRunning = true;
    this.wave++;
    const kinds = Array.from({ length: 8 }, (_, i) => (i % 4 === 3 ? 'brute' : 'runner'));
    this.toSpawn = kinds.length;
    for (const kind of kinds) {
      await this.wait(600);
      this.spawn(kind);
    }
  }

  spawn(kind) {
    const k = KINDS[kind];
    const foe = this.foes.create(WAYPOINTS[0].x, WAYPOINTS[0].y, 'foe').setTint(k.color);
    foe.hp = k.hp + this.wave - 1;
    foe.speed = k.speed;
    foe.pay = k.pay;
    foe.next = 1;
    this.toSpawn--;
  }

  placeGun(x, y) {
    const c = Math.floor(x / TILE), r = Math.floor(y / TILE);
    const cx = c * TILE + TILE / 2, cy = r * TILE + TILE / 2;
    const onPath = WAYPOINTS.some((a, i) => {
      const b = WAYPOINTS[i + 1];
      if (!b) return false;
      return cx >= Math.min(a.x, b.x) - 1 && cx <= Math.max(a.x, b.x) + 1 && cy >= Math.min(a.y, b.y) - 1 && cy <= Math.max(a.y, b.y) + 1;
    });
    if (onPath || this.gold < 45 || this.guns.some(gun => gun.x === cx && gun.y === cy)) return;
    this.gold -= 45;
    const gun = this.add.image(cx, cy, 'gun');
    gun.cool = 0;
    this.guns.push(gun);
  }

  update(time, delta) {
    if (this.lives > 0) {
      this.foes.getChildren().slice().forEach(foe => {
        const wp = WAYPOINTS[foe.next];
        if (Phaser.Math.Distance.Between(foe.x, foe.y, wp.x, wp.y) <= foe.speed * delta / 1000) {
          foe.body.reset(wp.x, wp.y);
          foe.next++;
          if (foe.next >= WAYPOINTS.length) { foe.destroy(); this.lives--; return; }
        }
        this.physics.moveTo(foe, WAYPOINTS[foe.next].x, WAYPOINTS[foe.next].y, foe.speed);
      });
      this.guns.forEach(gun => {
        gun.cool -= delta;
        const target = this.physics.closest(gun, this.foes.getChildren());
        if (!target || gun.cool > 0 || Phaser.Math.Distance.Between(gun.x, gun.y, target.x, target.y) > 150) return;
        gun.cool = 450;
        gun.rotation = Phaser.Math.Angle.Between(gun.x, gun.y, target.x, target.y) + Math.PI / 2;
        const slug = this.slugs.create(gun.x, gun.y, 'slug');
        slug.target = target;
        this.physics.moveToObject(slug, target, 500);
        this.time.delayedCall(700, () => slug.destroy());
      });
      this.slugs.getChildren().forEach(slug => {
        if (slug.target.active) this.physics.moveToObject(slug, slug.target, 500);
      });
      if (this.waveRunning && this.toSpawn === 0 && this.foes.countActive() === 0) this.waveRunning = false;
      if (this.lives <= 0) {
        this.physics.pause();
        this.add.text(400, 300, 'Defeated on wave ' + this.wave, { fontSize: '42px', color: '#ff8080', backgroundColor: '#000' }).setOrigin(0.5);
      }
    }
    const status = this.waveRunning ? 'wave in progress' : 'press N for the next wave';
    this.hud.setText(`Gold ${this.gold}   Lives ${Math.max(this.lives, 0)}   Wave ${this.wave}   (${status})`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: WaveDefense };
new Phaser.Game(config);
