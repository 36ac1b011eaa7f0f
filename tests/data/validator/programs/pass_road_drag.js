// Road drag: press on a cell of the 20x13 grid and drag to plan a straight road from that cell to the cell under the pointer, both ends included (horizontal or vertical, whichever way the drag goes further; a plain click plans just one cell); a see-through preview shows the planned cells, and releasing builds every planned cell that is not road yet for $5 each (start $200) or nothing if you cannot pay for all of them. The harbour (H) sits at the left edge and the mine (M) at the right edge; the HUD shows money, road cells and whether a road path (up/down/left/right) links the harbour to the mine.
const CELL = 36;
const COLS = 20;
const ROWS = 13;
const OX = 40;
const OY = 76;
const HARBOUR = { c: 0, r: 6 };
const MINE = { c: 19, r: 3 };

const RoadScene = {
  key: 'RoadDrag',

  create() {
    this.money = 200;
    this.road = Array.from({ length: ROWS }, () => new Array(COLS).fill(false));
    this.start = null;
    this.plan = [];

    const g = this.add.graphics();
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) g.fillStyle((r + c) % 2 ? 0xc5b358 : 0xcdbc63).fillRect(OX + c * CELL, OY + r * CELL, CELL, CELL);
    }
    [[HARBOUR, 'H', 0x1e88e5], [MINE, 'M', 0x6d4c41]].forEach(([p, label, colour]) => {
      this.add.rectangle(OX + p.c * CELL + CELL / 2, OY + p.r * CELL + CELL / 2, CELL - 4, CELL - 4, colour);
      this.add.text(OX + p.c * CELL + CELL / 2, OY + p.r * CELL + CELL / 2, label, { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    });
    this.roadLayer = this.add.graphics();
    this.preview = this.add.graphics();
    this.hud = this.add.text(OX, 16, '', { fontSize: '18px', color: '#ffffff' });
    this.msg = this.add.text(OX, 44, 'Drag to plan a road, release to build ($5 a cell)', { fontSize: '15px', color: '#fff8e1' });

    this.input.on('pointerdown', (p) => {
      const cell = this.cellAt(p.x, p.y, false);
      this.start = cell && !this.isSite(cell) ? cell : null;
      if (this.start) this.planTo(this.start);
    });
    this.input.on('pointermove', (p) => {
      if (p.isDown && this.start) this.planTo(this.cellAt(p.x, p.y, true));
    });
    this.input.on('pointerup', () => {
      if (this.start) this.buildPlan();
      this.start = null;
      this.plan = [];
      this.preview.clear();
    });
    this.refresh();
  },

  extend: {
    cellAt(x, y, clamp) {
      let c = Math.floor((x - OX) / CELL);
      let r = Math.floor((y - OY) / CELL);
      if (clamp) {
        c = Phaser.Math.Clamp(c, 0, COLS - 1);
        r = Phaser.Math.Clamp(r, 0, ROWS - 1);
      } else if (c < 0 || r < 0 || c >= COLS || r >= ROWS) {
        return null;
      }
      return { c, r };
    },

    isSite(cell) {
      return (cell.c === HARBOUR.c && cell.r === HARBOUR.r) || (cell.c === MINE.c && cell.r === MINE.r);
    },

    planTo(end) {
      const dc = end.c - this.start.c;
      const dr = end.r - this.start.r;
      const across = Math.abs(dc) >= Math.abs(dr);
      const steps = across ? Math.abs(dc) : Math.abs(dr);
      const sc = across ? Math.sign(dc) : 0;
      const sr = across ? 0 : Math.sign(dr);
      this.plan = [];
      for (let i = 0; i <= steps; i++) {
        const cell = { c: this.start.c + sc * i, r: this.start.r + sr * i };
        if (!this.isSite(cell)) this.plan.push(cell);
      }
      this.preview.clear();
      this.preview.fillStyle(0xffffff, 0.45);
      this.plan.forEach(({ c, r }) => this.preview.fillRect(OX + c * CELL + 4, OY + r * CELL + 4, CELL - 8, CELL - 8));
    },

    buildPlan() {
      const fresh = this.plan.filter(({ c, r }) => !this.road[r][c]);
      const cost = fresh.length * 5;
      if (cost > this.money) {
        this.msg.setText(`That road costs $${cost} - not enough money.`);
        return;
      }
      this.money -= cost;
      fresh.forEach(({ c, r }) => { this.road[r][c] = true; });
      this.msg.setText(`Built ${fresh.length} road cells for $${cost}.`);
      this.refresh();
    },

    linked() {
      const seen = new Set();
      const queue = [HARBOUR];
      while (queue.length) {
        const cur = queue.shift();
        for (const [dc, dr] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const c = cur.c + dc;
          const r = cur.r + dr;
          if (c === MINE.c && r === MINE.r) return true;
          if (c < 0 || r < 0 || c >= COLS || r >= ROWS || !this.road[r][c] || seen.has(r * COLS + c)) continue;
          seen.add(r * COLS + c);
          queue.push({ c, r });
        }
      }
      return false;
    },

    refresh() {
      this.roadLayer.clear();
      this.roadLayer.fillStyle(0x424242);
      let count = 0;
      for (let r = 0; r < ROWS; r++) {
        for (let c = 0; c < COLS; c++) {
          if (!this.road[r][c]) continue;
          count++;
          this.roadLayer.fillRect(OX + c * CELL + 1, OY + r * CELL + 1, CELL - 2, CELL - 2);
        }
      }
      this.hud.setText(`Money: $${this.money}   Road cells: ${count}   Harbour-Mine link: ${this.linked() ? 'YES' : 'no'}`);
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 560,
  backgroundColor: '#5d4037',
  scene: RoadScene
};

new Phaser.Game(config);
