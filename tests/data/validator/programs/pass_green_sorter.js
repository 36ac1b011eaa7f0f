// 实现绿色物体拖拽排序：10 个物体可拖拽，松手后按 Y 坐标自动排列。
const COUNT = 10;
const COL_X = 400;
const TOP_Y = 80;
const GAP_Y = 50;
const START_ORDER = [7, 2, 9, 4, 1, 10, 6, 3, 8, 5];

window.__signals__ = window.__signals__ || [];

class GreenSorterScene extends Phaser.Scene {
  constructor() {
    super('GreenSorter');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x2e7d32, 1).fillRoundedRect(0, 0, 220, 40, 10);
    g.fillStyle(0x66bb6a, 1).fillRoundedRect(3, 3, 214, 34, 8);
    g.generateTexture('green-bar', 220, 40);
    g.destroy();
  }

  create() {
    this.sortCount = 0;
    this.busy = false;
    this.items = [];

    const guide = this.add.graphics();
    guide.lineStyle(1, 0x388e3c, 0.7);
    for (let i = 0; i < COUNT; i++) {
      guide.strokeRoundedRect(COL_X - 116, this.slotY(i) - 22, 232, 44, 10);
    }

    this.add.text(400, 30, '拖动绿色方块，松手后按 Y 坐标自动排列', { fontFamily: 'Arial', fontSize: '20px', color: '#c8e6c9' }).setOrigin(0.5);
    this.orderText = this.add.text(20, 570, '', { fontFamily: 'Arial', fontSize: '16px', color: '#a5d6a7' });

    START_ORDER.forEach((label, i) => {
      const bar = this.add.image(0, 0, 'green-bar');
      const text = this.add.text(0, 0, `物体 ${label}`, { fontFamily: 'Arial', fontSize: '18px', color: '#0b3d0b' }).setOrigin(0.5);
      const item = this.add.container(COL_X, this.slotY(i), [bar, text]);
      item.setSize(220, 40);
      item.setData('label', label);
      item.setInteractive({ draggable: true, useHandCursor: true });

      item.on(Phaser.Input.Events.GAMEOBJECT_DRAG_START, () => {
        if (this.busy) return;
        this.children.bringToTop(item);
        item.setScale(1.05);
      });
      item.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (pointer, dragX, dragY) => {
        if (this.busy) return;
        item.setPosition(dragX, dragY);
      });
      item.on(Phaser.Input.Events.GAMEOBJECT_DRAG_END, () => {
        item.setScale(1);
        if (!this.busy) this.arrange();
      });
      this.items.push(item);
    });

    this.showOrder();
  }

  slotY(i) {
    return TOP_Y + i * GAP_Y;
  }

  arrange() {
    const sorted = this.items.slice().sort((a, b) => a.y - b.y);
    const moves = [];
    sorted.forEach((item, i) => {
      const ty = this.slotY(i);
      if (Math.abs(item.x - COL_X) > 0.5 || Math.abs(item.y - ty) > 0.5) moves.push({ item, ty });
    });
    this.items = sorted;
    if (moves.length === 0) {
      this.showOrder();
      return;
    }

    this.busy = true;
    let done = 0;
    moves.forEach(({ item, ty }) => {
      this.tweens.add({
        targets: item,
        x: COL_X,
        y: ty,
        duration: 280,
        ease: 'Cubic.easeOut',
        onComplete: () => {
          done += 1;
          if (done === moves.length) {
            this.busy = false;
            this.sortCount += 1;
            this.showOrder();
          }
        }
      });
    });
  }

  showOrder() {
    const order = this.items.map((item) => item.getData('label'));
    this.orderText.setText(`当前顺序: ${order.join(' ')}   排序次数: ${this.sortCount}`);
    window.__signals__.push({ event: 'order', order, sorts: this.sortCount });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2e1b',
  scene: GreenSorterScene
};

new Phaser.Game(config);
