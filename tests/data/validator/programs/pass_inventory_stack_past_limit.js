// Inventory: loot buttons add items to a 4×3 grid of slot Containers where identical items stack up to their limit (spilling into new slots), hovering a slot shows a tooltip with name, description and count, and clicking a slot uses one item.
const ITEMS = {
  potion: { name: 'Health Potion', desc: 'Restores 25 HP.', max: 10, color: 0xe63946 },
  arrow: { name: 'Arrow', desc: 'Ammunition for bows.', max: 20, color: 0xc8b6a6 },
  ruby: { name: 'Ruby', desc: 'A valuable red gem.', max: 5, color: 0xff006e },
  sword: { name: 'Iron Sword', desc: 'A plain but sturdy blade.', max: 1, color: 0x8d99ae }
};
const LOOT = [['potion', 4], ['arrow', 15], ['ruby', 2], ['sword', 1]];
const COLS = 4;
const ROWS = 3;
const SLOT = 80;

class InventoryScene extends Phaser.Scene {
  constructor() {
    super('Inventory');
  }

  create() {
    Object.entries(ITEMS).forEach(([id, item]) => {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(item.color).fillRoundedRect(4, 4, 48, 48, 10);
      g.lineStyle(3, 0xffffff, 0.7).strokeRoundedRect(4, 4, 48, 48, 10);
      g.generateTexture('icon-' + id, 56, 56);
      g.destroy();
    });

    this.add.text(40, 30, 'Loot', { fontSize: '28px', color: '#ffffff' });
    LOOT.forEach(([id, qty], i) => {
      const button = this.add.text(40, 90 + i * 60, `+${qty} ${ITEMS[id].name}`, {
        fontSize: '20px', color: '#ffffff', backgroundColor: '#3a506b', padding: { x: 12, y: 8 }
      }).setInteractive({ useHandCursor: true });
      button.on('pointerdown', () => this.addItem(id, qty));
    });
    this.message = this.add.text(40, 360, '', { fontSize: '18px', color: '#ffb703' });

    this.slots = [];
    for (let i = 0; i < COLS * ROWS; i++) {
      const x = 420 + (i % COLS) * (SLOT + 10);
      const y = 120 + Math.floor(i / COLS) * (SLOT + 10);
      const bg = this.add.rectangle(0, 0, SLOT, SLOT, 0x1c2541).setStrokeStyle(2, 0x5bc0be);
      const icon = this.add.image(0, -4, 'icon-potion').setVisible(false);
      const count = this.add.text(SLOT / 2 - 6, SLOT / 2 - 4, '', { fontSize: '18px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(1);
      const box = this.add.container(x, y, [bg, icon, count]).setSize(SLOT, SLOT).setInteractive();
      const slot = { item: null, count: 0, box, icon, label: count };
      box.on('pointerover', () => this.showTooltip(slot));
      box.on('pointerout', () => this.tooltip.setVisible(false));
      box.on('pointerdown', () => this.useOne(slot));
      this.slots.push(slot);
    }

    const tipBg = this.add.rectangle(0, 0, 230, 84, 0x0b132b, 0.95).setOrigin(0).setStrokeStyle(1, 0xffffff);
    this.tipText = this.add.text(10, 8, '', { fontSize: '16px', color: '#ffffff', wordWrap: { width: 210 } });
    this.tooltip = this.add.container(0, 0, [tipBg, this.tipText]).setDepth(10).setVisible(false);
  }

  addItem(id, qty) {
    const max = ITEMS[id].max;
    let left = qty;
    while (left > 0) {
      const slot = this.slots.find(s => s.item === id && s.count < max) || this.slots.find(s => !s.item);
      if (!slot) break;
      const moved = Math.min(left, max - slot.count);
      slot.item = id;
      slot.count += moved;
      left -= moved;
      this.drawSlot(slot);
    }
    this.message.setText(left > 0 ? `Inventory full: ${left} ${ITEMS[id].name} left behind` : '');
  }

  useOne(slot) {
    if (!slot.item) return;
    slot.count--;
    if (slot.count === 0) {
      slot.item = null;
      this.tooltip.setVisible(false);
    } else {
      this.showTooltip(slot);
    }
    this.drawSlot(slot);
  }

  drawSlot(slot) {
    slot.icon.setVisible(!!slot.item);
    if (slot.item) slot.icon.setTexture('icon-' + slot.item);
    slot.label.setText(slot.count > 1 ? String(slot.count) : '');
  }

  showTooltip(slot) {
    if (!slot.item) return;
    const item = ITEMS[slot.item];
    this.tipText.setText(`${item.name}\n${item.desc}\nStack: ${slot.count} / ${item.max}`);
    this.tooltip.setPosition(slot.box.x + SLOT / 2 - 20, slot.box.y + SLOT / 2 - 10).setVisible(true);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 820,
  height: 480,
  backgroundColor: '#16213e',
  scene: InventoryScene
});
