// Market square: keys 1, 2, 3 pick a Stall ($20), Fountain ($50) or Tree ($5); clicking an empty cell of the 12x8 square builds the picked item if you can pay (start $120), while clicking a cell that is already built on does nothing and costs nothing. Every 3 s the market earns $4 per stall plus $2 per fountain. The HUD shows money, the picked item and how many of each item stand in the square.
const CELL = 56;
const COLS = 12;
const ROWS = 8;
const OX = 64;
const OY = 90;
const ITEMS = [
  { key: 'stall', name: 'Stall', cost: 20 },
  { key: 'fountain', name: 'Fountain', cost: 50 },
  { key: 'tree', name: 'Tree', cost: 5 }
];

class MarketScene extends Phaser.Scene {
  constructor() {
    super('Market');
  }

  create() {
    this.makeArt();
    this.money = 120;
    this.tool = 0;
    this.cells = [];
    const paving = this.add.graphics();
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        paving.fillStyle((r + c) % 2 ? 0xd7ccc8 : 0xcfc3bd).fillRect(OX + c * CELL, OY + r * CELL, CELL, CELL);
        this.cells.push({ c, r, item: null });
      }
    }
    this.built = this.add.group();

    this.hud = this.add.text(OX, 16, '', { fontSize: '18px', color: '#ffffff' });
    this.note = this.add.text(OX, 48, '', { fontSize: '15px', color: '#ffe0b2' });
    ['ONE', 'TWO', 'THREE'].forEach((k, i) => this.input.keyboard.on(`keydown-${k}`, () => { this.tool = i; this.refresh(); }));

    this.input.on('pointerdown', (p) => {
      const cell = this.cellAt(p.x, p.y);
      if (!cell || cell.item) return;
      const item = ITEMS[this.tool];
      if (!this.pay(item.cost)) return;
      this.place(cell, item);
    });

    this.time.addEvent({ delay: 3000, loop: true, callback: this.earn, callbackScope: this });
    this.refresh();
  }

  makeArt() {
    const g = this.add.graphics();
    g.fillStyle(0xe53935).fillRect(4, 8, 40, 10).fillStyle(0xffffff).fillRect(4, 18, 40, 4).fillStyle(0x8d6e63).fillRect(8, 22, 32, 22);
    g.generateTexture('stall', 48, 48);
    g.clear().fillStyle(0x90a4ae).fillCircle(24, 24, 20).fillStyle(0x4fc3f7).fillCircle(24, 24, 14);
    g.generateTexture('fountain', 48, 48);
    g.clear().fillStyle(0x2e7d32).fillCircle(24, 20, 16).fillStyle(0x5d4037).fillRect(21, 32, 6, 14);
    g.generateTexture('tree', 48, 48);
    g.destroy();
  }

  cellAt(x, y) {
    const c = Math.floor((x - OX) / CELL);
    const r = Math.floor((y - OY) / CELL);
    if (c < 0 || r < 0 || c >= COLS || r >= ROWS) return null;
    return this.cells[r * COLS + c];
  }

  pay(cost) {
    if (this.money < cost) {
      this.note.setText(`Not enough money (needs $${cost}).`);
      return false;
    }
    this.money -= cost;
    this.refresh();
    return true;
  }

  place(cell, item) {
    if (cell.item) return;
    cell.item = item.key;
    const img = this.built.create(OX + cell.c * CELL + CELL / 2, OY + cell.r * CELL + CELL / 2, item.key);
    this.tweens.add({ targets: img, scale: { from: 0.3, to: 1 }, duration: 180, ease: 'Back.easeOut' });
    this.note.setText(`Built a ${item.name} for $${item.cost}.`);
    this.refresh();
  }

  count(key) {
    return this.cells.filter((cell) => cell.item === key).length;
  }

  earn() {
    this.money += this.count('stall') * 4 + this.count('fountain') * 2;
    this.refresh();
  }

  refresh() {
    const item = ITEMS[this.tool];
    this.hud.setText(`Money: $${this.money}   Picked: ${item.name} ($${item.cost})   Stalls ${this.count('stall')}  Fountains ${this.count('fountain')}  Trees ${this.count('tree')}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 560,
  backgroundColor: '#4e342e',
  scene: MarketScene
};

new Phaser.Game(config);
