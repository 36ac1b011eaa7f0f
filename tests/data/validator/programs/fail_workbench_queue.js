// Workbench queue: click Plank (2 s), Stick (1 s) or Fence (3 s) to add it to the crafting queue (at most 5 waiting); items are crafted one at a time in the order queued with a progress bar for the current one, each finished item is added to the inventory, and anything queued later, even after the queue has run empty, is crafted the same way.
const RECIPES = [
  { name: 'Plank', time: 2000, color: 0xd7a86e },
  { name: 'Stick', time: 1000, color: 0xa1887f },
  { name: 'Fence', time: 3000, color: 0x8d6e63 }
];
const MAX_QUEUE = 5;

class Workbench extends Phaser.Scene {
  constructor() {
    super('Workbench');
    this.queue = [];
    this.craftTimer = null;
    this.inventory = { Plank: 0, Stick: 0, Fence: 0 };
  }

  create() {
    this.add.text(400, 40, 'Workbench', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);

    RECIPES.forEach((r, i) => {
      const btn = this.add.rectangle(200 + i * 200, 130, 160, 60, r.color).setStrokeStyle(2, 0xffffff);
      this.add.text(btn.x, btn.y, r.name + ' (' + r.time / 1000 + ' s)', { fontSize: '18px', color: '#000000' }).setOrigin(0.5);
      btn.setInteractive({ useHandCursor: true });
      btn.on('pointerdown', () => this.enqueue(r));
    });

    this.add.text(100, 210, 'Now crafting:', { fontSize: '18px', color: '#ffffff' });
    this.currentText = this.add.text(240, 210, '-', { fontSize: '18px', color: '#ffe082' });
    this.add.rectangle(100, 250, 600, 24, 0x333333).setOrigin(0, 0.5);
    this.bar = this.add.rectangle(100, 250, 0, 24, 0x66bb6a).setOrigin(0, 0.5);

    this.queueText = this.add.text(100, 300, '', { fontSize: '18px', color: '#ffffff', lineSpacing: 6 });
    this.invText = this.add.text(100, 500, '', { fontSize: '22px', color: '#b2ff59' });
    this.refresh();
  }

  enqueue(recipe) {
    if (this.queue.length >= MAX_QUEUE) {
      this.cameras.main.shake(150, 0.005);
      return;
    }
    this.queue.push(recipe);
    if (!this.craftTimer) this.startNext();
    this.refresh();
  }

  startNext() {
    const recipe = this.queue[0];
    this.craftTimer = this.time.addEvent({ delay: recipe.time, callback: this.finish, callbackScope: this });
  }

  finish() {
    const done = this.queue.shift();
    this.inventory[done.name] += 1;
    if (this.queue.length > 0) {
      this.startNext();
    }
    this.refresh();
  }

  refresh() {
    this.currentText.setText(this.queue.length ? this.queue[0].name : '-');
    const waiting = this.queue.map((r, i) => (i === 0 ? '> ' : '  ') + (i + 1) + '. ' + r.name);
    this.queueText.setText(['Queue (' + this.queue.length + '/' + MAX_QUEUE + '):'].concat(waiting).join('\n'));
    this.invText.setText('Inventory:  ' + Object.keys(this.inventory).map(k => k + ' ' + this.inventory[k]).join('   '));
  }

  update() {
    const busy = this.craftTimer && this.queue.length > 0;
    this.bar.width = busy ? 600 * this.craftTimer.getProgress() : 0;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#4e342e',
  scene: [Workbench]
};

new Phaser.Game(config);
