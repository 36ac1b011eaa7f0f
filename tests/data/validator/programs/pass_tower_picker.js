// Tower defense with three tower types picked by keys 1, 2, 3 (1 = Gun 30 gold: 110 px range, 1 damage every 0.4 s; 2 = Sniper 60 gold: 220 px range, 4 damage every 1.5 s; 3 = Frost 40 gold: 90 px range, slows enemies in range to half speed); then clicking a free grass cell builds the chosen type. Enemies (5 HP, 60 px/s, one every 1.4 s) follow the path; kills pay 6 gold and each leaker costs 1 of 10 lives.
const CELL = 40;
const TYPES = [
  { name: 'Gun', cost: 30, range: 110, rate: 400, dmg: 1, color: 0x6fa8dc },
  { name: 'Sniper', cost: 60, range: 220, rate: 1500, dmg: 4, color: 0xe06666 },
  { name: 'Frost', cost: 40, range: 90, rate: 0, dmg: 0, color: 0xcfe2f3 }
];
const TRACK = [[0, 5], [7, 5], [7, 1], [12, 1], [12, 9], [4, 9], [4, 13], [19, 13]];

class PickerScene extends Phaser.Scene {
  constructor() { super('picker'); }

  create() {
    this.gold = 100; this.lives = 10; this.choice = null; this.over = false;
    this.trackCells = new Set();
    const g = this.add.graphics();
    g.fillStyle(0x4a7d3b).fillRect(0, 0, 800, 600);
    g.fillStyle(0xbf9f6a);
    for (let i = 1; i < TRACK.length; i++) {
      const [c1, r1] = TRACK[i - 1], [c2, r2] = TRACK[i];
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
        this.trackCells.add(`${c}:${r}`);
        g.fillRect(c * CELL, r * CELL, CELL, CELL);
      }
    }
    this.route = TRACK.map(([c, r]) => new Phaser.Math.Vector2(c * CELL + CELL / 2, r * CELL + CELL / 2));
    this.route[0].x = -CELL / 2;
    this.route[this.route.length - 1].x = 800 + CELL / 2;
    this.towers = [];
    this.walkers = [];
    this.fx = this.add.graphics().setDepth(2);
    this.hud = this.add.text(8, 6, '', { fontSize: '16px', color: '#ffffff', backgroundColor: '#00000099', padding: { x: 4, y: 3 } }).setDepth(3);
    this.note = this.add.text(400, 584, '', { fontSize: '16px', color: '#ffe599' }).setOrigin(0.5).setDepth(3);
    const KC = Phaser.Input.Keyboard.KeyCodes;
    const keys = this.input.keyboard.addKeys({ one: KC.ONE, two: KC.TWO, three: KC.THREE });
    [keys.one, keys.two, keys.three].forEach((key, index) => key.on('down', () => { this.choice = index; this.refresh(); }));
    this.input.on('pointerdown', this.build, this);
    this.time.addEvent({ delay: 1400, loop: true, callback: () => { if (!this.over) this.walkers.push({ img: this.add.circle(this.route[0].x, this.route[0].y, 12, 0x7b3f00), hp: 5, leg: 1, slowed: false }); } });
    this.refresh();
  }

  build(pointer) {
    if (this.over) return;
    if (this.choice === null) { this.note.setText('Choose a tower first: 1, 2 or 3'); return; }
    const type = TYPES[this.choice];
    const c = Math.floor(pointer.x / CELL), r = Math.floor(pointer.y / CELL);
    if (this.trackCells.has(`${c}:${r}`) || this.towers.some(t => t.c === c && t.r === r)) { this.note.setText('That cell is taken'); return; }
    if (this.gold < type.cost) { this.note.setText(`${type.name} needs ${type.cost} gold`); return; }
    this.gold -= type.cost;
    const x = c * CELL + CELL / 2, y = r * CELL + CELL / 2;
    this.add.rectangle(x, y, 30, 30, type.color).setStrokeStyle(2, 0x111111);
    this.towers.push({ c, r, x, y, type, wait: 0 });
    this.note.setText('');
    this.refresh();
  }

  update(time, delta) {
    if (this.over) return;
    this.fx.clear();
    for (const w of this.walkers) {
      w.slowed = this.towers.some(t => t.type.name === 'Frost' && Phaser.Math.Distance.Between(t.x, t.y, w.img.x, w.img.y) <= t.type.range);
      let step = (w.slowed ? 30 : 60) * delta / 1000;
      while (step > 0 && w.leg < this.route.length) {
        const goal = this.route[w.leg];
        const d = Phaser.Math.Distance.Between(w.img.x, w.img.y, goal.x, goal.y);
        if (d <= step) { w.img.setPosition(goal.x, goal.y); w.leg++; step -= d; }
        else { w.img.x += (goal.x - w.img.x) / d * step; w.img.y += (goal.y - w.img.y) / d * step; step = 0; }
      }
      w.img.setFillStyle(w.slowed ? 0x3d85c6 : 0x7b3f00);
    }
    for (const t of this.towers) {
      if (t.type.dmg === 0 || (t.wait -= delta) > 0) continue;
      const target = this.walkers.find(w => w.hp > 0 && Phaser.Math.Distance.Between(t.x, t.y, w.img.x, w.img.y) <= t.type.range);
      if (!target) continue;
      t.wait = t.type.rate;
      target.hp -= t.type.dmg;
      this.fx.lineStyle(2, t.type.color).lineBetween(t.x, t.y, target.img.x, target.img.y);
    }
    this.walkers = this.walkers.filter(w => {
      if (w.hp > 0 && w.leg < this.route.length) return true;
      if (w.hp <= 0) this.gold += 6; else this.lives--;
      w.img.destroy();
      return false;
    });
    if (this.lives <= 0) {
      this.over = true;
      this.add.text(400, 300, 'Game Over', { fontSize: '54px', color: '#ffffff', backgroundColor: '#990000' }).setOrigin(0.5).setDepth(5);
    }
    this.refresh();
  }

  refresh() {
    const picked = this.choice === null ? 'none' : TYPES[this.choice].name;
    this.hud.setText(`Gold ${this.gold}   Lives ${Math.max(this.lives, 0)}   Selected: ${picked}   [1] Gun 30  [2] Sniper 60  [3] Frost 40`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, scene: PickerScene };
new Phaser.Game(config);
