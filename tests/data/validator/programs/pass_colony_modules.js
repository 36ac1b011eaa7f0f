// Mars colony planner: press 1, 2 or 3 to pick a module (1 = Hab 2x2 cells for $40, 2 = Greenhouse 3x2 for $60, 3 = Solar 1x2 for $25); a ghost of it snaps to the 40 px grid under the pointer and is green where it fits and red where it would overlap another module or stick out of the 18x12 site; clicking places it if it fits and you can pay (start $400). Modules may touch each other edge to edge, only overlapping is refused; the HUD shows money, module count, crew beds (4 per Hab), food (3 per Greenhouse) and power (5 per Solar).
const CELL = 40;
const SITE = { x: 40, y: 40, cols: 18, rows: 12 };
const MODULES = {
  hab: { label: 'Hab', w: 2, h: 2, cost: 40, color: 0xd9d4c7 },
  greenhouse: { label: 'Greenhouse', w: 3, h: 2, cost: 60, color: 0x6fcf7f },
  solar: { label: 'Solar', w: 1, h: 2, cost: 25, color: 0x4a78d8 }
};

class ColonyScene extends Phaser.Scene {
  constructor() {
    super('Colony');
  }

  create() {
    this.money = 400;
    this.placed = [];
    this.kind = 'hab';

    const g = this.add.graphics();
    g.fillStyle(0x8a3b22).fillRect(SITE.x, SITE.y, SITE.cols * CELL, SITE.rows * CELL);
    g.lineStyle(1, 0xb65a3a, 0.6);
    for (let c = 0; c <= SITE.cols; c++) g.lineBetween(SITE.x + c * CELL, SITE.y, SITE.x + c * CELL, SITE.y + SITE.rows * CELL);
    for (let r = 0; r <= SITE.rows; r++) g.lineBetween(SITE.x, SITE.y + r * CELL, SITE.x + SITE.cols * CELL, SITE.y + r * CELL);

    this.ghost = this.add.rectangle(0, 0, CELL, CELL, 0xffffff, 0.35).setOrigin(0).setDepth(5);
    this.ghostRect = new Phaser.Geom.Rectangle(0, 0, CELL, CELL);
    this.ghostOk = false;

    this.hud = this.add.text(40, 534, '', { fontSize: '17px', color: '#ffe9d6' });
    this.note = this.add.text(40, 562, '1 Hab   2 Greenhouse   3 Solar   click to place', { fontSize: '15px', color: '#d6a58c' });

    this.input.keyboard.on('keydown-ONE', () => this.pick('hab'));
    this.input.keyboard.on('keydown-TWO', () => this.pick('greenhouse'));
    this.input.keyboard.on('keydown-THREE', () => this.pick('solar'));
    this.input.on('pointermove', (p) => this.moveGhost(p.x, p.y));
    this.input.on('pointerdown', (p) => {
      this.moveGhost(p.x, p.y);
      this.place();
    });

    this.pick('hab');
    this.refreshHud();
  }

  pick(kind) {
    this.kind = kind;
    const m = MODULES[kind];
    this.ghost.setSize(m.w * CELL, m.h * CELL);
    this.ghost.setFillStyle(m.color, 0.45);
    this.moveGhost(this.input.activePointer.x, this.input.activePointer.y);
    this.note.setText(`Selected: ${m.label} ($${m.cost})   1 Hab   2 Greenhouse   3 Solar`);
  }

  moveGhost(px, py) {
    const m = MODULES[this.kind];
    const col = Math.floor((px - SITE.x) / CELL);
    const row = Math.floor((py - SITE.y) / CELL);
    this.ghostRect.setTo(SITE.x + col * CELL, SITE.y + row * CELL, m.w * CELL, m.h * CELL);
    this.ghost.setPosition(this.ghostRect.x, this.ghostRect.y);
    this.ghostOk = this.fits(this.ghostRect);
    this.ghost.setStrokeStyle(3, this.ghostOk ? 0x7dff8a : 0xff4a4a);
  }

  fits(rect) {
    const inside = rect.x >= SITE.x && rect.y >= SITE.y &&
      rect.right <= SITE.x + SITE.cols * CELL && rect.bottom <= SITE.y + SITE.rows * CELL;
    if (!inside) return false;
    return !this.placed.some((p) => Phaser.Geom.Rectangle.Overlaps(p.rect, rect));
  }

  place() {
    const m = MODULES[this.kind];
    if (!this.ghostOk) {
      this.flash('That spot is blocked.');
      return;
    }
    if (this.money < m.cost) {
      this.flash(`Need $${m.cost} for a ${m.label}.`);
      return;
    }
    const rect = Phaser.Geom.Rectangle.Clone(this.ghostRect);
    this.add.rectangle(rect.x + 2, rect.y + 2, rect.width - 4, rect.height - 4, m.color).setOrigin(0).setStrokeStyle(2, 0x2b1a14);
    this.add.text(rect.centerX, rect.centerY, m.label, { fontSize: '13px', color: '#1d1410' }).setOrigin(0.5);
    this.placed.push({ kind: this.kind, rect });
    this.money -= m.cost;
    this.moveGhost(this.input.activePointer.x, this.input.activePointer.y);
    this.refreshHud();
  }

  flash(msg) {
    this.note.setText(msg);
    this.time.delayedCall(1200, () => this.pick(this.kind));
  }

  refreshHud() {
    const count = (kind) => this.placed.filter((p) => p.kind === kind).length;
    this.hud.setText(`$${this.money}   Modules: ${this.placed.length}   Beds: ${count('hab') * 4}   Food: ${count('greenhouse') * 3}   Power: ${count('solar') * 5}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3a1a12',
  scene: ColonyScene
};

new Phaser.Game(config);
