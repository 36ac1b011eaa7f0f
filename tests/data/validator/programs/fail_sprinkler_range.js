// Sprinklers: click an empty plot to plant a crop; hold SHIFT and click a plot to place a sprinkler there (at most 3); every 4 seconds each sprinkler waters all 8 plots around it (the full 3x3 square), and every crop watered in that round grows one stage, once per round even if two sprinklers reach it (4 stages, the last is ripe).
const COLS = 9;
const ROWS = 6;
const CELL = 64;
const OX = 400 - (COLS * CELL) / 2 + CELL / 2;
const OY = 140;
const MAX_SPRINKLERS = 3;

class SprinklerScene extends Phaser.Scene {
  constructor() {
    super('Sprinklers');
  }

  create() {
    this.plots = [];
    this.sprinklers = [];
    this.shift = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SHIFT);

    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const x = OX + c * CELL;
        const y = OY + r * CELL;
        const soil = this.add.rectangle(x, y, CELL - 6, CELL - 6, 0x8d6e63);
        const plot = { x, y, soil, crop: null, stage: 0, sprinkler: false };
        soil.setInteractive();
        soil.on('pointerdown', () => this.clickPlot(plot));
        this.plots.push(plot);
      }
    }

    this.add.text(400, 30, 'Sprinkler Field', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 70, 'Click: plant   SHIFT+click: sprinkler', { fontSize: '18px', color: '#e0f2f1' }).setOrigin(0.5);
    this.countText = this.add.text(400, 560, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);

    this.time.addEvent({ delay: 4000, loop: true, callback: this.runSprinklers, callbackScope: this });
    this.updateCount();
  }

  clickPlot(plot) {
    if (plot.crop || plot.sprinkler) return;
    if (this.shift.isDown) {
      if (this.sprinklers.length >= MAX_SPRINKLERS) {
        this.info.setText('You only have ' + MAX_SPRINKLERS + ' sprinklers');
        return;
      }
      plot.sprinkler = true;
      plot.soil.setFillStyle(0x90a4ae);
      this.add.circle(plot.x, plot.y, 12, 0x29b6f6).setStrokeStyle(3, 0xffffff);
      this.sprinklers.push(plot);
    } else {
      plot.crop = this.add.circle(plot.x, plot.y, 6, 0xaed581);
      plot.stage = 1;
    }
    this.updateCount();
  }

  runSprinklers() {
    const watered = new Set();
    this.sprinklers.forEach(s => {
      this.plots.forEach(p => {
        if (p === s) return;
        const d = Phaser.Math.Distance.Between(s.x, s.y, p.x, p.y);
        if (d <= CELL) watered.add(p);
      });
    });
    watered.forEach(p => this.water(p));
    this.updateCount();
  }

  water(plot) {
    plot.soil.setFillStyle(0x4e342e);
    this.time.delayedCall(600, () => plot.soil.setFillStyle(plot.sprinkler ? 0x90a4ae : 0x8d6e63));
    if (plot.crop && plot.stage < 4) {
      plot.stage += 1;
      plot.crop.setRadius(6 + plot.stage * 5);
      if (plot.stage === 4) plot.crop.setFillStyle(0xffca28);
    }
  }

  updateCount() {
    const ripe = this.plots.filter(p => p.crop && p.stage === 4).length;
    this.countText.setText('Sprinklers: ' + this.sprinklers.length + '/' + MAX_SPRINKLERS + '    Ripe crops: ' + ripe);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e7d32',
  scene: SprinklerScene
};

new Phaser.Game(config);
