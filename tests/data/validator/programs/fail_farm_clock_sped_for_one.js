// Farm plots: click an empty plot to plant a seed that grows sprout -> leafy -> ripe every 3 s; W waters the selected plot so it alone grows twice as fast; click a ripe crop to harvest it (+1) and free the plot.
const STAGES = ['seed', 'sprout', 'leafy', 'ripe'];
const GROW_MS = 3000;

class FarmScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Farm' });
  }

  preload() {
    const g = this.make.graphics({}, false);
    const draw = (key, fn) => { g.clear(); fn(); g.generateTexture(key, 96, 96); };
    draw('soil', () => g.fillStyle(0x6d4c41).fillRoundedRect(4, 4, 88, 88, 10));
    draw('seed', () => { g.fillStyle(0x6d4c41).fillRoundedRect(4, 4, 88, 88, 10); g.fillStyle(0xe0c080).fillCircle(48, 56, 6); });
    draw('sprout', () => { g.fillStyle(0x6d4c41).fillRoundedRect(4, 4, 88, 88, 10); g.fillStyle(0x7cd35a).fillRect(45, 40, 6, 30); });
    draw('leafy', () => { g.fillStyle(0x6d4c41).fillRoundedRect(4, 4, 88, 88, 10); g.fillStyle(0x3fa34d).fillEllipse(48, 48, 50, 36); });
    draw('ripe', () => { g.fillStyle(0x6d4c41).fillRoundedRect(4, 4, 88, 88, 10); g.fillStyle(0x3fa34d).fillEllipse(48, 52, 50, 30); g.fillStyle(0xff8c1a).fillCircle(48, 36, 16); });
    g.destroy();
  }

  create() {
    this.harvested = 0;
    this.selected = null;
    this.plots = [];
    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 3; col++) {
        const img = this.add.image(250 + col * 150, 220 + row * 150, 'soil').setInteractive({ useHandCursor: true });
        const plot = { img, stage: -1, timer: null, watered: false };
        img.on('pointerdown', () => this.clickPlot(plot));
        this.plots.push(plot);
      }
    }
    this.marker = this.add.rectangle(0, 0, 104, 104).setStrokeStyle(4, 0xffff66).setVisible(false);
    this.info = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.add.text(20, 555, 'Click: plant / harvest    W: water selected plot', { fontSize: '20px', color: '#e8f5e9' });
    this.input.keyboard.on('keydown-W', () => this.water(this.selected));
    this.refresh();
  }

  clickPlot(plot) {
    this.selected = plot;
    this.marker.setPosition(plot.img.x, plot.img.y).setVisible(true);
    if (plot.stage === -1) {
      plot.stage = 0;
      plot.watered = false;
      plot.img.setTexture('seed');
      plot.timer = this.time.addEvent({ delay: GROW_MS, repeat: STAGES.length - 2, callback: () => this.grow(plot) });
    } else if (STAGES[plot.stage] === 'ripe') {
      this.harvested += 1;
      plot.stage = -1;
      plot.timer = null;
      plot.img.setTexture('soil').setTint(0xffffff);
    }
    this.refresh();
  }

  grow(plot) {
    plot.stage += 1;
    plot.img.setTexture(STAGES[plot.stage]);
  }

  water(plot) {
    if (!plot || !plot.timer || plot.watered || STAGES[plot.stage] === 'ripe') return;
    plot.watered = true;
    this.time.timeScale = 2;
    plot.img.setTint(0xaad4ff);
  }

  refresh() {
    this.info.setText('Harvested: ' + this.harvested);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#558b2f',
  scene: [FarmScene]
});
