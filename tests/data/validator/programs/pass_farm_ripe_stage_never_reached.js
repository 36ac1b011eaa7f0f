// Task: Farming game: click an empty plot to plant a seed (2 coins); every 2 seconds crops grow one stage (seed, sprout, plant, ripe), and clicking a ripe crop harvests it for 5 coins.
const STAGES = ['seed', 'sprout', 'plant', 'ripe'];
const SEED_COST = 2;
const HARVEST_VALUE = 5;

class FarmScene extends Phaser.Scene {
  constructor() {
    super('FarmScene');
  }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0x6d4c41).fillRect(0, 0, 100, 100);
    g.lineStyle(4, 0x4e342e).strokeRect(2, 2, 96, 96);
    g.generateTexture('soil', 100, 100);
    const looks = {
      seed: [0xa1887f, 8, 8],
      sprout: [0x9ccc65, 10, 24],
      plant: [0x43a047, 24, 48],
      ripe: [0xff7043, 34, 34]
    };
    STAGES.forEach((name) => {
      const [color, w, h] = looks[name];
      g.clear();
      g.fillStyle(color).fillEllipse(30, 30, w, h);
      g.generateTexture(name, 60, 60);
    });
    g.destroy();
  }

  create() {
    this.coins = 10;
    this.coinText = this.add.text(20, 16, '', { fontSize: '28px', color: '#fff59d' });
    this.plots = [];

    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 3; col++) {
        const x = 250 + col * 150;
        const y = 230 + row * 150;
        const soil = this.add.image(x, y, 'soil').setInteractive({ useHandCursor: true });
        const crop = this.add.image(x, y, 'seed').setVisible(false);
        const plot = { soil, crop, stage: null };
        soil.on('pointerdown', () => this.clickPlot(plot));
        this.plots.push(plot);
      }
    }

    this.time.addEvent({ delay: 2000, loop: true, callback: this.growCrops, callbackScope: this });
    this.updateCoins();
  }

  clickPlot(plot) {
    if (plot.stage === null) {
      if (this.coins < SEED_COST) return;
      this.coins -= SEED_COST;
      plot.stage = 0;
      plot.crop.setTexture(STAGES[0]).setVisible(true);
    } else if (plot.stage === STAGES.length - 1) {
      this.coins += HARVEST_VALUE;
      plot.stage = null;
      plot.crop.setVisible(false);
      const pop = this.add.text(plot.soil.x, plot.soil.y - 40, `+${HARVEST_VALUE}`, { fontSize: '24px', color: '#ffee58' }).setOrigin(0.5);
      this.tweens.add({ targets: pop, y: pop.y - 40, alpha: 0, duration: 700, onComplete: () => pop.destroy() });
    }
    this.updateCoins();
  }

  growCrops() {
    for (const plot of this.plots) {
      if (plot.stage !== null && plot.stage < STAGES.length - 1) {
        plot.stage += 1;
        plot.crop.setTexture(STAGES[plot.stage]);
        this.tweens.add({ targets: plot.crop, scale: { from: 0.7, to: 1 }, duration: 200 });
      }
    }
  }

  updateCoins() {
    this.coinText.setText(`Coins: ${this.coins}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#558b2f',
  scene: FarmScene
});
