// Backpack: a 5x3 grid of slots holding 9 item icons; drag an icon with the mouse to another slot: an empty slot takes it, an occupied slot swaps the two icons, and dropping outside the grid sends it back to its slot; while it is dragged the icon follows the pointer and is drawn above every other icon, and the name of the slot's item shows at the bottom when you hover it.
const COLS = 5;
const ROWS = 3;
const CELL = 84;
const ITEMS = [
  { name: 'Sword', colour: 0xc0c0c0, shape: 'rect' }, { name: 'Apple', colour: 0xe63946, shape: 'circle' },
  { name: 'Gem', colour: 0x9b5de5, shape: 'diamond' }, { name: 'Key', colour: 0xffd166, shape: 'rect' },
  { name: 'Herb', colour: 0x52b788, shape: 'circle' }, { name: 'Scroll', colour: 0xf1e3c8, shape: 'rect' },
  { name: 'Ice Shard', colour: 0x90e0ef, shape: 'diamond' }, { name: 'Coal', colour: 0x343a40, shape: 'circle' },
  { name: 'Ruby', colour: 0xd00000, shape: 'diamond' }
];

class Backpack extends Phaser.Scene {
  constructor() {
    super('Backpack');
  }

  create() {
    ITEMS.forEach((item, i) => {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(item.colour, 1).lineStyle(3, 0x111111, 1);
      if (item.shape === 'circle') {
        g.fillCircle(32, 32, 26).strokeCircle(32, 32, 26);
      } else if (item.shape === 'diamond') {
        const pts = [{ x: 32, y: 4 }, { x: 60, y: 32 }, { x: 32, y: 60 }, { x: 4, y: 32 }];
        g.fillPoints(pts, true).strokePoints(pts, true);
      } else {
        g.fillRect(10, 10, 44, 44).strokeRect(10, 10, 44, 44);
      }
      g.generateTexture('item' + i, 64, 64);
      g.destroy();
    });

    this.add.text(400, 60, 'BACKPACK', { fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.info = this.add.text(400, 520, 'Drag items to rearrange', { fontSize: '20px', color: '#b8c0cc' }).setOrigin(0.5);

    this.panel = this.add.container(400 - (COLS * CELL) / 2, 150);
    this.panel.add(this.add.rectangle(-12, -12, COLS * CELL + 24, ROWS * CELL + 24, 0x3b2f2f).setOrigin(0));
    for (let s = 0; s < COLS * ROWS; s++) {
      const p = this.slotCentre(s);
      this.panel.add(this.add.rectangle(p.x, p.y, CELL - 8, CELL - 8, 0x5c4a3d).setStrokeStyle(2, 0x8d6e63));
    }

    this.slots = new Array(COLS * ROWS).fill(null);
    const start = [0, 1, 2, 3, 5, 6, 8, 11, 13];
    ITEMS.forEach((item, i) => {
      const s = start[i];
      const p = this.slotCentre(s);
      const icon = this.add.image(p.x, p.y, 'item' + i).setInteractive({ draggable: true, useHandCursor: true });
      icon.setData({ name: item.name, slot: s });
      this.panel.add(icon);
      this.slots[s] = icon;

      icon.on('pointerover', () => this.info.setText(item.name));
      icon.on('pointerout', () => this.info.setText(''));
      icon.on('dragstart', () => {
        icon.setDepth(10);
        icon.setScale(1.15);
      });
      icon.on('drag', (pointer, dragX, dragY) => icon.setPosition(dragX, dragY));
      icon.on('dragend', (pointer) => this.dropIcon(icon, pointer));
    });
  }

  slotCentre(s) {
    return { x: (s % COLS) * CELL + CELL / 2, y: Math.floor(s / COLS) * CELL + CELL / 2 };
  }

  slotAt(worldX, worldY) {
    const col = Math.floor((worldX - this.panel.x) / CELL);
    const row = Math.floor((worldY - this.panel.y) / CELL);
    if (col < 0 || col >= COLS || row < 0 || row >= ROWS) {
      return -1;
    }
    return row * COLS + col;
  }

  dropIcon(icon, pointer) {
    icon.setScale(1);
    const from = icon.getData('slot');
    const to = this.slotAt(pointer.x, pointer.y);
    if (to !== -1 && to !== from) {
      const other = this.slots[to];
      this.slots[from] = other;
      this.slots[to] = icon;
      icon.setData('slot', to);
      if (other) {
        other.setData('slot', from);
        const back = this.slotCentre(from);
        this.tweens.add({ targets: other, x: back.x, y: back.y, duration: 150 });
      }
      this.info.setText(other ? 'Swapped ' + icon.getData('name') + ' and ' + other.getData('name') : 'Moved ' + icon.getData('name'));
    }
    const home = this.slotCentre(icon.getData('slot'));
    this.tweens.add({ targets: icon, x: home.x, y: home.y, duration: 120 });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1e1a1a',
  scene: [Backpack]
};

new Phaser.Game(config);
