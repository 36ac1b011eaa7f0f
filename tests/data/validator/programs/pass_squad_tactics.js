// Turn-based tactics on a 12x9 grid: click a blue unit, then a highlighted tile up to 3 steps away (no diagonals, not through walls or units) to move it, after which it hits an adjacent red unit for 3; Space ends your turn, then each red unit walks up to 2 tiles toward the nearest blue unit, never onto a tile that holds any unit, and hits an adjacent blue unit for 2. Remove all red units to win.
const TS = 56, COLS = 12, ROWS = 9, OX = 64, OY = 70;
const WALLS = new Set(['5,1', '5,2', '5,3', '6,6', '6,7', '8,4']);
const DIRS = [[-1, 0], [0, -1], [0, 1], [1, 0]];
const key = (c, r) => c + ',' + r;
const inside = (c, r) => c >= 0 && r >= 0 && c < COLS && r < ROWS && !WALLS.has(key(c, r));

class Tactics extends Phaser.Scene {
  constructor() { super('tactics'); }

  create() {
    const g = this.add.graphics();
    for (let c = 0; c < COLS; c++) for (let r = 0; r < ROWS; r++) {
      g.fillStyle(WALLS.has(key(c, r)) ? 0x3a3a3a : ((c + r) % 2 ? 0x8cb369 : 0x7fa65d)).fillRect(OX + c * TS, OY + r * TS, TS, TS);
    }
    this.marks = this.add.group();
    this.blues = [[1, 3], [1, 4], [2, 6]].map(([c, r]) => this.makeUnit(c, r, 0x3b7dd8, 10));
    this.reds = [[10, 2], [10, 4], [10, 6], [11, 4]].map(([c, r]) => this.makeUnit(c, r, 0xd64545, 6));
    this.status = this.add.text(OX, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.selected = null;
    this.phase = 'player';
    this.input.on('pointerdown', this.onPointer, this);
    this.input.keyboard.on('keydown-SPACE', () => { if (this.phase === 'player') this.enemyTurn(); });
    this.updateStatus();
  }

  makeUnit(c, r, color, hp) {
    const box = this.add.container(OX + c * TS + TS / 2, OY + r * TS + TS / 2);
    const label = this.add.text(0, 0, String(hp), { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    box.add([this.add.rectangle(0, 0, TS - 12, TS - 12, color).setStrokeStyle(2, 0x000000), label]);
    return { c, r, hp, box, label, acted: false };
  }

  unitAt(c, r) { return [...this.blues, ...this.reds].find(u => u.c === c && u.r === r); }

  reachable(unit) {
    const dist = new Map([[key(unit.c, unit.r), 0]]);
    const queue = [[unit.c, unit.r]];
    while (queue.length) {
      const [c, r] = queue.shift();
      const d = dist.get(key(c, r));
      if (d === 3) continue;
      for (const [dc, dr] of DIRS) {
        const nc = c + dc, nr = r + dr;
        if (!inside(nc, nr) || dist.has(key(nc, nr)) || this.unitAt(nc, nr)) continue;
        dist.set(key(nc, nr), d + 1);
        queue.push([nc, nr]);
      }
    }
    return dist;
  }

  onPointer(pointer) {
    if (this.phase !== 'player') return;
    const c = Math.floor((pointer.x - OX) / TS), r = Math.floor((pointer.y - OY) / TS);
    const unit = this.unitAt(c, r);
    if (this.selected && this.selected.reach.has(key(c, r)) && (!unit || unit === this.selected.unit)) {
      this.moveUnit(this.selected.unit, c, r);
      this.clearSelection();
      return;
    }
    this.clearSelection();
    if (unit && this.blues.includes(unit) && !unit.acted) {
      const reach = this.reachable(unit);
      this.selected = { unit, reach };
      reach.forEach((d, k) => {
        const [mc, mr] = k.split(',').map(Number);
        this.marks.add(this.add.rectangle(OX + mc * TS + TS / 2, OY + mr * TS + TS / 2, TS - 4, TS - 4, 0xffff66, 0.35));
      });
    }
  }

  clearSelection() { this.selected = null; this.marks.clear(true, true); }

  moveUnit(unit, c, r) {
    unit.c = c; unit.r = r; unit.acted = true;
    unit.box.setAlpha(0.6);
    this.tweens.add({ targets: unit.box, x: OX + c * TS + TS / 2, y: OY + r * TS + TS / 2, duration: 200 });
    this.strike(unit, this.reds, 3);
  }

  strike(attacker, foes, dmg) {
    const foe = foes.find(f => Math.abs(f.c - attacker.c) + Math.abs(f.r - attacker.r) === 1);
    if (!foe) return;
    foe.hp -= dmg;
    foe.label.setText(String(Math.max(foe.hp, 0)));
    if (foe.hp <= 0) { foe.box.destroy(); foes.splice(foes.indexOf(foe), 1); }
    this.updateStatus();
  }

  distanceMap(target) {
    const map = new Map([[key(target.c, target.r), 0]]);
    const queue = [[target.c, target.r]];
    while (queue.length) {
      const [c, r] = queue.shift();
      for (const [dc, dr] of DIRS) {
        const nc = c + dc, nr = r + dr;
        if (!inside(nc, nr) || map.has(key(nc, nr))) continue;
        map.set(key(nc, nr), map.get(key(c, r)) + 1);
        queue.push([nc, nr]);
      }
    }
    return map;
  }

  enemyTurn() {
    this.phase = 'enemy';
    this.clearSelection();
    for (const foe of this.reds) {
      const taken = new Set([...this.blues, ...this.reds].map(u => key(u.c, u.r)));
      let map = null, best = Infinity;
      for (const b of this.blues) {
        const m = this.distanceMap(b);
        const d = m.get(key(foe.c, foe.r));
        if (d !== undefined && d < best) { best = d; map = m; }
      }
      for (let step = 0; map && step < 2 && map.get(key(foe.c, foe.r)) > 1; step++) {
        let next = null, nd = map.get(key(foe.c, foe.r));
        for (const [dc, dr] of DIRS) {
          const k = key(foe.c + dc, foe.r + dr);
          if (map.has(k) && !taken.has(k) && map.get(k) < nd) { nd = map.get(k); next = [foe.c + dc, foe.r + dr]; }
        }
        if (!next) break;
        [foe.c, foe.r] = next;
      }
      this.tweens.add({ targets: foe.box, x: OX + foe.c * TS + TS / 2, y: OY + foe.r * TS + TS / 2, duration: 300 });
      this.strike(foe, this.blues, 2);
    }
    this.time.delayedCall(400, () => {
      this.blues.forEach(u => { u.acted = false; u.box.setAlpha(1); });
      this.phase = this.blues.length ? 'player' : 'lost';
      this.updateStatus();
    });
  }

  updateStatus() {
    if (!this.reds.length) { this.phase = 'won'; this.status.setText('Victory! All red units defeated.'); return; }
    if (!this.blues.length) { this.status.setText('Defeat... all blue units fell.'); return; }
    this.status.setText(`${this.phase === 'player' ? 'Your turn (Space = end turn)' : 'Enemy turn'}   Blue: ${this.blues.length}   Red: ${this.reds.length}`);
  }
}

const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1e2a1e', scene: Tactics };
new Phaser.Game(config);
