// Farm and market: click an empty plot to plant wheat, which grows one stage every 2 seconds up to ripe (gold); click ripe wheat to harvest it; press M to walk to the Market scene, where SELL ALL sells your wheat for 4 coins each, and B returns to the farm, where every planted crop is still there at the same growth stage.
const CELL = 80;
const STAGE_COLORS = [0x9ccc65, 0x7cb342, 0x558b2f, 0xfdd835];

class FarmScene extends Phaser.Scene {
  constructor() {
    super('Farm');
  }

  create() {
    if (!this.registry.has('wheat')) {
      this.registry.set('wheat', 0);
      this.registry.set('coins', 0);
    }
    this.plots = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 6; c++) {
        const x = 200 + c * CELL;
        const y = 200 + r * CELL;
        const soil = this.add.rectangle(x, y, CELL - 8, CELL - 8, 0x6d4c41).setInteractive({ useHandCursor: true });
        const crop = this.add.rectangle(x, y + 20, 40, 10, STAGE_COLORS[0]).setOrigin(0.5, 1).setVisible(false);
        const plot = { soil, crop, stage: -1 };
        soil.on('pointerdown', () => this.clickPlot(plot));
        this.plots.push(plot);
      }
    }
    this.add.text(400, 40, 'The Farm', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 540, 'Click plots to plant / harvest.  M: go to market', { fontSize: '18px', color: '#f1f8e9' }).setOrigin(0.5);
    this.hud = this.add.text(400, 90, '', { fontSize: '20px', color: '#fff59d' }).setOrigin(0.5);

    this.time.addEvent({ delay: 2000, loop: true, callback: this.grow, callbackScope: this });
    this.input.keyboard.on('keydown-M', () => this.scene.switch('Market'));
    this.events.on('wake', this.refresh, this);
    this.refresh();
  }

  clickPlot(plot) {
    if (plot.stage === -1) {
      plot.stage = 0;
      plot.crop.setVisible(true).setFillStyle(STAGE_COLORS[0]).setSize(40, 10);
    } else if (plot.stage === 3) {
      plot.stage = -1;
      plot.crop.setVisible(false);
      this.registry.set('wheat', this.registry.get('wheat') + 1);
    }
    this.refresh();
  }

  grow() {
    this.plots.forEach(p => {
      if (p.stage >= 0 && p.stage < 3) {
        p.stage += 1;
        p.crop.setFillStyle(STAGE_COLORS[p.stage]).setSize(40, 10 + p.stage * 15);
      }
    });
  }

  refresh() {
    this.hud.setText('Wheat: ' + this.registry.get('wheat') + '    Coins: ' + this.registry.get('coins'));
  }
}

class MarketScene extends Phaser.Scene {
  constructor() {
    super('Market');
  }

  create() {
    this.add.rectangle(400, 300, 700, 460, 0x5d4037).setStrokeStyle(4, 0xffcc80);
    this.add.text(400, 120, 'Village Market', { fontSize: '34px', color: '#ffe0b2' }).setOrigin(0.5);
    this.info = this.add.text(400, 230, '', { fontSize: '24px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    const sell = this.add.text(400, 340, ' SELL ALL ', { fontSize: '28px', color: '#000000', backgroundColor: '#ffb74d' }).setOrigin(0.5);
    sell.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.sellAll());
    this.add.text(400, 460, 'B: back to the farm', { fontSize: '18px', color: '#ffe0b2' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-B', () => this.scene.switch('Farm'));
    this.events.on('wake', this.refresh, this);
    this.refresh();
  }

  sellAll() {
    const wheat = this.registry.get('wheat');
    this.registry.set('coins', this.registry.get('coins') + wheat * 4);
    this.registry.set('wheat', 0);
    this.refresh();
  }

  refresh() {
    this.info.setText('Wheat: ' + this.registry.get('wheat') + '  (4 coins each)\nCoins: ' + this.registry.get('coins'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#689f38',
  scene: [FarmScene, MarketScene]
};

new Phaser.Game(config);
