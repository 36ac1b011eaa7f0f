// Farm tools: click a grass plot to till it with the hoe (it turns brown); the hoe starts with 5 durability and loses 1 per till, at 0 it is BROKEN and cannot till, and pressing R repairs it to 5 for 10 coins (you start with 30 coins).
const COLS = 8;
const ROWS = 5;
const CELL = 70;
const OX = 120;
const OY = 150;
const MAX_DUR = 5;
const REPAIR_COST = 10;

class FarmScene extends Phaser.Scene {
  constructor() {
    super('Farm');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x5fa844).fillRect(0, 0, CELL - 4, CELL - 4);
    g.fillStyle(0x6fbb52).fillRect(6, 6, 10, 6).fillRect(30, 34, 12, 6);
    g.generateTexture('grass', CELL - 4, CELL - 4);
    g.clear();
    g.fillStyle(0x7a4e2a).fillRect(0, 0, CELL - 4, CELL - 4);
    g.lineStyle(3, 0x5b3719);
    for (let i = 12; i < CELL - 4; i += 14) g.lineBetween(4, i, CELL - 8, i);
    g.generateTexture('soil', CELL - 4, CELL - 4);
    g.destroy();

    this.coins = 30;
    this.plots = [];
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const img = this.add.image(OX + c * CELL, OY + r * CELL, 'grass').setOrigin(0);
        img.setInteractive({ useHandCursor: true });
        img.setData('tilled', false);
        img.on('pointerdown', () => this.till(img));
        this.plots.push(img);
      }
    }

    this.add.text(400, 30, 'Hoe Farm', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.hud = this.add.text(20, 80, '', { fontSize: '20px', color: '#ffe9a8' });
    this.msg = this.add.text(400, 540, 'Click grass to till.  R: repair hoe (10 coins)', { fontSize: '18px', color: '#dddddd' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-R', () => this.repair());
    this.refreshHud();
  }

  getDurability() {
    const d = this.data.get('hoeDurability');
    return d || MAX_DUR;
  }

  till(plot) {
    const d = this.getDurability();
    if (d <= 0) {
      this.say('Your hoe is broken! Press R to repair it.', '#ff7070');
      return;
    }
    if (plot.getData('tilled')) {
      this.say('That plot is already tilled.', '#dddddd');
      return;
    }
    plot.setTexture('soil');
    plot.setData('tilled', true);
    this.data.set('hoeDurability', d - 1);
    this.tweens.add({ targets: plot, alpha: { from: 0.5, to: 1 }, duration: 200 });
    if (d - 1 === 0) this.say('Crack! The hoe broke.', '#ff7070');
    else this.say('Tilled!', '#a8ffa8');
    this.refreshHud();
  }

  repair() {
    if (this.getDurability() >= MAX_DUR) {
      this.say('The hoe does not need repairs.', '#dddddd');
      return;
    }
    if (this.coins < REPAIR_COST) {
      this.say('Not enough coins to repair.', '#ff7070');
      return;
    }
    this.coins -= REPAIR_COST;
    this.data.set('hoeDurability', MAX_DUR);
    this.say('Hoe repaired.', '#a8ffa8');
    this.refreshHud();
  }

  say(text, color) {
    this.msg.setText(text).setColor(color);
  }

  refreshHud() {
    const d = this.getDurability();
    const state = d <= 0 ? 'BROKEN' : d + '/' + MAX_DUR;
    const tilled = this.plots.filter(p => p.getData('tilled')).length;
    this.hud.setText('Coins: ' + this.coins + '    Hoe: ' + state + '    Tilled: ' + tilled + '/' + this.plots.length);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2d4a22',
  scene: [FarmScene]
};

new Phaser.Game(config);
