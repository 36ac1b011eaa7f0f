// Task: an inventory grid where items are dragged between slots with the mouse and identical items stack together (max 10 per stack).
const MAX_STACK = 10;

class InventoryScene extends Phaser.Scene {
  constructor() {
    super('Inventory');
  }

  create() {
    this.makeTextures();
    this.cols = 5;
    this.rows = 3;
    this.cell = 80;
    this.slots = new Array(this.cols * this.rows).fill(null);

    this.add.text(400, 80, 'Inventory', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    for (let i = 0; i < this.slots.length; i++) {
      const { x, y } = this.slotPos(i);
      this.add.image(x, y, 'slot');
      this.add.zone(x, y, 72, 72).setRectangleDropZone(72, 72).setData('index', i);
    }

    this.addItem('potion', 4, 0);
    this.addItem('potion', 3, 1);
    this.addItem('potion', 8, 2);
    this.addItem('gem', 2, 6);
    this.addItem('sword', 1, 12);

    this.input.on('dragstart', (pointer, item) => item.setDepth(10));
    this.input.on('drag', (pointer, item, dragX, dragY) => item.setPosition(dragX, dragY));
    this.input.on('drop', (pointer, item, zone) => this.dropItem(item, zone.getData('index')));
    this.input.on('dragend', (pointer, item, dropped) => {
      item.setDepth(1);
      if (!dropped) this.snapToSlot(item);
    });
  }

  makeTextures() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x2b2b3a).fillRoundedRect(0, 0, 72, 72, 8).lineStyle(2, 0x6b6b8a).strokeRoundedRect(1, 1, 70, 70, 8);
    g.generateTexture('slot', 72, 72).clear();
    g.fillStyle(0xd83a4a).fillCircle(24, 28, 18).fillStyle(0xeeeeee).fillRect(18, 4, 12, 10);
    g.generateTexture('potion', 48, 48).clear();
    g.fillStyle(0x3ad8c8).fillTriangle(24, 2, 46, 24, 2, 24).fillTriangle(2, 24, 46, 24, 24, 46);
    g.generateTexture('gem', 48, 48).clear();
    g.fillStyle(0xbbbbcc).fillRect(21, 2, 6, 34).fillStyle(0x8a5a2a).fillRect(12, 34, 24, 5).fillRect(21, 38, 6, 9);
    g.generateTexture('sword', 48, 48).destroy();
  }

  slotPos(index) {
    const col = index % this.cols;
    const row = Math.floor(index / this.cols);
    return { x: 240 + col * this.cell, y: 200 + row * this.cell };
  }

  addItem(kind, count, slot) {
    const icon = this.add.image(0, 0, kind);
    const label = this.add.text(30, 30, '', { fontSize: '16px', color: '#ffffff', stroke: '#000', strokeThickness: 3 }).setOrigin(1);
    const item = this.add.container(0, 0, [icon, label]).setSize(56, 56).setDepth(1);
    item.setInteractive({ draggable: true });
    item.setData({ kind, slot });
    this.setCount(item, count);
    this.slots[slot] = item;
    this.snapToSlot(item);
    return item;
  }

  setCount(item, count) {
    item.setData('count', count);
    item.getAt(1).setText(count > 1 ? String(count) : '');
  }

  snapToSlot(item) {
    const { x, y } = this.slotPos(item.getData('slot'));
    item.setPosition(x, y);
  }

  dropItem(item, target) {
    const from = item.getData('slot');
    const other = this.slots[target];

    if (!other) {
      this.slots[target] = item;
      item.setData('slot', target);
    } else if (other !== item && other.getData('kind') === item.getData('kind')) {
      const space = MAX_STACK - other.getData('count');
      const moved = Math.min(space, item.getData('count'));
      this.setCount(other, other.getData('count') + moved);
      const left = item.getData('count') - moved;
      if (left > 0) {
        this.setCount(item, left);
      } else {
        this.slots[from] = null;
        item.destroy();
        return;
      }
    }
    this.snapToSlot(item);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1a24',
  scene: InventoryScene
});
