// Farming: click an empty plot to plant a seed, it grows through three stages on a timer, and clicking a ripe crop harvests it for 5 coins.
const OX = 160, OY = 140, CELL = 120, COLS = 4, ROWS = 3;
const STAGE_COLOURS = [0x8d6e63, 0x9ccc65, 0x43a047, 0xffb300];

const scene = {
  create() {
    this.coins = 0;
    this.plots = [];
    for (let row = 0; row < ROWS; row++) {
      for (let col = 0; col < COLS; col++) {
        const x = OX + col * CELL + CELL / 2;
        const y = OY + row * CELL + CELL / 2;
        this.add.rectangle(x, y, CELL - 8, CELL - 8, 0x6d4c41).setStrokeStyle(2, 0x3e2723);
        const crop = this.add.circle(x, y, 10, STAGE_COLOURS[0]).setVisible(false);
        this.plots.push({ col, row, crop, stage: -1, timer: null });
      }
    }
    this.coinText = this.add.text(20, 20, 'Coins: 0', { fontSize: '26px', color: '#ffffff' });
    this.add.text(20, 560, 'Click a plot to plant, click a golden crop to harvest', { fontSize: '18px', color: '#eeeeee' });

    this.input.on('pointerdown', (pointer) => {
      const col = Phaser.Math.Snap.To(pointer.x - OX, CELL) / CELL;
      const row = Phaser.Math.Snap.Floor(pointer.y - OY, CELL) / CELL;
      if (col < 0 || col >= COLS || row < 0 || row >= ROWS) return;
      const plot = this.plots[row * COLS + col];
      if (plot.stage === -1) {
        plant(this, plot);
      } else if (plot.stage === 3) {
        harvest(this, plot);
      }
    });
  }
};

function plant(s, plot) {
  plot.stage = 0;
  plot.crop.setVisible(true).setFillStyle(STAGE_COLOURS[0]).setRadius(10);
  plot.timer = s.time.addEvent({
    delay: 1200,
    repeat: 2,
    callback: () => {
      plot.stage += 1;
      plot.crop.setFillStyle(STAGE_COLOURS[plot.stage]).setRadius(10 + plot.stage * 10);
      if (plot.stage === 3) s.tweens.add({ targets: plot.crop, scale: 1.15, yoyo: true, duration: 200 });
    }
  });
}

function harvest(s, plot) {
  plot.stage = -1;
  plot.crop.setVisible(false);
  s.coins += 5;
  s.coinText.setText('Coins: ' + s.coins);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#558b2f', scene });
