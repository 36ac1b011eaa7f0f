// Inventory window: the arrow keys move one tile and walking onto a red potion, a blue potion or a bread puts it in your pack (max 8); I opens the inventory as a window on top of the dungeon, which stays visible but frozen behind it (arrow keys do nothing while it is open); in the window, keys 1-8 use the listed item (red potion +4 HP, blue potion +4 MP, bread +20 Food, each capped at its maximum) and I closes it again. The HUD shows HP, MP and Food.
const T = 32;
const COLS = 25;
const ROWS = 16;
const ITEMS = {
  red: { name: 'Red potion', color: 0xe0483e, stat: 'hp', amount: 4, max: 20 },
  blue: { name: 'Blue potion', color: 0x3e7be0, stat: 'mp', amount: 4, max: 20 },
  bread: { name: 'Bread', color: 0xd9a45b, stat: 'food', amount: 20, max: 100 }
};
const NUMBER_KEYS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT'];

class DungeonScene extends Phaser.Scene {
  constructor() {
    super('Dungeon');
  }

  create() {
    this.registry.set({ hp: 8, mp: 5, food: 40, pack: [] });
    const g = this.add.graphics();
    this.walls = new Set();
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const wall = x === 0 || y === 0 || x === COLS - 1 || y === ROWS - 1 || (x % 6 === 3 && y % 5 === 2);
        if (wall) this.walls.add(y * COLS + x);
        g.fillStyle(wall ? 0x58504a : 0x26282f).fillRect(x * T, y * T, T - 1, T - 1);
      }
    }
    const free = [];
    for (let y = 1; y < ROWS - 1; y++) {
      for (let x = 1; x < COLS - 1; x++) if (!this.walls.has(y * COLS + x) && (x > 2 || y > 2)) free.push({ x, y });
    }
    const kinds = ['red', 'red', 'red', 'blue', 'blue', 'blue', 'bread', 'bread', 'bread', 'bread'];
    this.items = Phaser.Utils.Array.Shuffle(free).slice(0, kinds.length).map((p, i) => ({
      x: p.x,
      y: p.y,
      kind: kinds[i],
      img: this.add.circle(p.x * T + T / 2, p.y * T + T / 2, 9, ITEMS[kinds[i]].color)
    }));
    this.px = 1;
    this.py = 1;
    this.hero = this.add.rectangle(0, 0, T - 8, T - 8, 0xffe066);
    this.hud = this.add.text(10, ROWS * T + 12, '', { fontSize: '18px', color: '#f2f2f2' });
    this.msg = this.add.text(10, ROWS * T + 44, 'Press I to open your inventory.', { fontSize: '15px', color: '#aab0bb' });

    this.input.keyboard.on('keydown-LEFT', () => this.walk(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.walk(1, 0));
    this.input.keyboard.on('keydown-UP', () => this.walk(0, -1));
    this.input.keyboard.on('keydown-DOWN', () => this.walk(0, 1));
    this.input.keyboard.on('keydown-I', () => {
      this.scene.launch('Inventory');
      this.scene.sleep();
    });
    this.registry.events.on('changedata', () => this.refreshHud());
    this.walk(0, 0);
  }

  walk(dx, dy) {
    const nx = this.px + dx;
    const ny = this.py + dy;
    if (this.walls.has(ny * COLS + nx)) return;
    this.px = nx;
    this.py = ny;
    this.hero.setPosition(nx * T + T / 2, ny * T + T / 2);
    const item = this.items.find((it) => it.x === nx && it.y === ny);
    if (item) {
      const pack = this.registry.get('pack');
      if (pack.length >= 8) {
        this.msg.setText('Your pack is full.');
      } else {
        item.img.destroy();
        this.items = this.items.filter((it) => it !== item);
        this.registry.set('pack', pack.concat(item.kind));
        this.msg.setText('You pick up: ' + ITEMS[item.kind].name + '.');
      }
    }
    this.refreshHud();
  }

  refreshHud() {
    const r = this.registry;
    this.hud.setText(`HP ${r.get('hp')}/20   MP ${r.get('mp')}/20   Food ${r.get('food')}/100   Pack ${r.get('pack').length}/8`);
  }
}

class InventoryScene extends Phaser.Scene {
  constructor() {
    super('Inventory');
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.45);
    this.add.rectangle(400, 270, 380, 400, 0x1b1d26, 0.95).setStrokeStyle(3, 0xc9a55a);
    this.add.text(400, 95, 'INVENTORY', { fontSize: '26px', color: '#e8cf8a' }).setOrigin(0.5);
    this.add.text(400, 448, '1-8: use item    I: close', { fontSize: '15px', color: '#9aa0ab' }).setOrigin(0.5);
    this.list = this.add.text(240, 130, '', { fontSize: '20px', color: '#ffffff', lineSpacing: 10 });
    this.note = this.add.text(400, 420, '', { fontSize: '15px', color: '#8fe39a' }).setOrigin(0.5);
    NUMBER_KEYS.forEach((k, i) => this.input.keyboard.on('keydown-' + k, () => this.useItem(i)));
    this.input.keyboard.on('keydown-I', () => {
      this.scene.stop();
      this.scene.wake('Dungeon');
    });
    this.showList();
  }

  useItem(i) {
    const pack = this.registry.get('pack');
    const kind = pack[i];
    if (!kind) return;
    const info = ITEMS[kind];
    this.registry.set(info.stat, Math.min(info.max, this.registry.get(info.stat) + info.amount));
    this.registry.set('pack', pack.filter((k, j) => j !== i));
    this.note.setText('Used: ' + info.name);
    this.showList();
  }

  showList() {
    const pack = this.registry.get('pack');
    this.list.setText(pack.length ? pack.map((k, i) => `${i + 1}. ${ITEMS[k].name}`).join('\n') : '(empty)');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [DungeonScene, InventoryScene]
};

new Phaser.Game(config);
