// Turn-based tactics: arrow keys move a yellow cursor on a 10x8 grid; Enter on your knight lights every tile it can reach in at most 3 orthogonal steps (rocks and goblins block), and Enter on a lit tile moves it there; any goblin next to the knight's new tile is defeated, then each goblin steps 1 tile toward the knight and hits it for 1 if adjacent (knight has 5 HP). Defeat all 3 goblins to win.
const SZ = 60, W = 10, H = 8, LEFT = 100, TOP = 70, MOVE = 3;
const ROCKS = ['3,1', '3,2', '3,3', '6,4', '6,5', '7,5', '1,6'];
const STEPS = [[1, 0], [-1, 0], [0, 1], [0, -1]];

const board = {
  key: 'board',
  create() {
    this.knight = { c: 0, r: 0, hp: 5 };
    this.goblins = [{ c: 9, r: 0 }, { c: 8, r: 7 }, { c: 5, r: 2 }];
    this.cursor = { c: 0, r: 0 };
    this.lit = null;
    this.done = false;
    this.gfx = this.add.graphics();
    this.info = this.add.text(LEFT, 20, '', { fontSize: '20px', color: '#f0f0f0' });
    this.input.keyboard.on('keydown', event => this.onKey(event.code));
    this.draw();
  },
  extend: {
    blocked(c, r) {
      return c < 0 || r < 0 || c >= W || r >= H || ROCKS.includes(`${c},${r}`) || this.goblins.some(g => g.c === c && g.r === r);
    },
    reachFrom(c, r) {
      const seen = new Map([[`${c},${r}`, 0]]);
      const open = [{ c, r, d: 0 }];
      while (open.length) {
        const cur = open.shift();
        if (cur.d >= MOVE) continue;
        for (const [dc, dr] of STEPS) {
          const nc = cur.c + dc, nr = cur.r + dr, k = `${nc},${nr}`;
          if (this.blocked(nc, nr) || seen.has(k)) continue;
          seen.set(k, cur.d + 1);
          open.push({ c: nc, r: nr, d: cur.d + 1 });
        }
      }
      return seen;
    },
    onKey(code) {
      if (this.done) return;
      const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      if (moves[code]) {
        this.cursor.c = Phaser.Math.Clamp(this.cursor.c + moves[code][0], 0, W - 1);
        this.cursor.r = Phaser.Math.Clamp(this.cursor.r + moves[code][1], 0, H - 1);
      } else if (code === 'Enter') {
        const k = `${this.cursor.c},${this.cursor.r}`;
        if (!this.lit && this.cursor.c === this.knight.c && this.cursor.r === this.knight.r) {
          this.lit = this.reachFrom(this.knight.c, this.knight.r);
        } else if (this.lit && this.lit.has(k)) {
          this.knight.c = this.cursor.c; this.knight.r = this.cursor.r;
          this.lit = null;
          this.resolveTurn();
        } else {
          this.lit = null;
        }
      }
      this.draw();
    },
    adjacent(a, b) { return Math.abs(a.c - b.c) + Math.abs(a.r - b.r) === 1; },
    resolveTurn() {
      this.goblins = this.goblins.filter(g => !this.adjacent(g, this.knight));
      if (!this.goblins.length) { this.done = true; return; }
      for (const g of this.goblins) {
        if (!this.adjacent(g, this.knight)) {
          let best = null, bestD = Math.abs(g.c - this.knight.c) + Math.abs(g.r - this.knight.r);
          for (const [dc, dr] of STEPS) {
            const nc = g.c + dc, nr = g.r + dr;
            const d = Math.abs(nc - this.knight.c) + Math.abs(nr - this.knight.r);
            if (d < bestD && !this.blocked(nc, nr) && !(nc === this.knight.c && nr === this.knight.r)) { best = [nc, nr]; bestD = d; }
          }
          if (best) [g.c, g.r] = best;
        }
        if (this.adjacent(g, this.knight)) this.knight.hp--;
      }
      if (this.knight.hp <= 0) this.done = true;
    },
    draw() {
      const g = this.gfx.clear();
      for (let c = 0; c < W; c++) for (let r = 0; r < H; r++) {
        const x = LEFT + c * SZ, y = TOP + r * SZ;
        g.fillStyle(ROCKS.includes(`${c},${r}`) ? 0x6d6d6d : 0x4f7942).fillRect(x, y, SZ - 2, SZ - 2);
        if (this.lit && this.lit.has(`${c},${r}`)) g.fillStyle(0x7ec8ff, 0.55).fillRect(x, y, SZ - 2, SZ - 2);
      }
      const centre = u => [LEFT + u.c * SZ + SZ / 2 - 1, TOP + u.r * SZ + SZ / 2 - 1];
      g.fillStyle(0xe8e8ff).fillCircle(...centre(this.knight), 20);
      g.fillStyle(0x2b2bbf).fillCircle(...centre(this.knight), 9);
      this.goblins.forEach(gob => g.fillStyle(0x8b1e1e).fillTriangle(centre(gob)[0], centre(gob)[1] - 20, centre(gob)[0] - 18, centre(gob)[1] + 16, centre(gob)[0] + 18, centre(gob)[1] + 16));
      g.lineStyle(4, 0xffe14d).strokeRect(LEFT + this.cursor.c * SZ, TOP + this.cursor.r * SZ, SZ - 2, SZ - 2);
      let text = `Knight HP: ${this.knight.hp}   Goblins left: ${this.goblins.length}`;
      if (this.done) text = this.knight.hp > 0 ? 'All goblins defeated - you win!' : 'The knight has fallen.';
      this.info.setText(text);
    }
  }
};

const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202020', scene: board };
new Phaser.Game(config);
