// Day/night farm: the clock starts at 6 AM and advances one hour every second, shown in 12-hour form (6 AM, 11 AM, 12 PM, 1 PM ... 11 PM, 12 AM); from 8 PM until 6 AM the field is dark; click a plot to plant a seed, and planted crops grow one stage per daytime hour until ripe (gold).
const STAGE_COLORS = [0x8d6e63, 0x9ccc65, 0x43a047, 0xffc107];
const CELL = 80;

class DayNightFarm extends Phaser.Scene {
  constructor() {
    super({ key: 'DayNightFarm' });
  }

  create() {
    this.hour = 6;
    this.day = 1;
    this.plots = [];

    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 6; c++) {
        const x = 160 + c * CELL;
        const y = 180 + r * CELL;
        const soil = this.add.rectangle(x, y, CELL - 8, CELL - 8, 0x5d4037).setStrokeStyle(2, 0x3e2723);
        const crop = this.add.circle(x, y, 6, STAGE_COLORS[0]).setVisible(false);
        const plot = { soil, crop, stage: -1 };
        soil.setInteractive({ useHandCursor: true });
        soil.on('pointerdown', () => this.plant(plot));
        this.plots.push(plot);
      }
    }

    this.night = this.add.rectangle(400, 300, 800, 600, 0x0d1b4c, 0).setDepth(5);
    this.clockText = this.add.text(400, 40, '', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5).setDepth(10);
    this.info = this.add.text(400, 560, 'Click a plot to plant a seed', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5).setDepth(10);

    this.time.addEvent({ delay: 1000, loop: true, callback: this.tick, callbackScope: this });
    this.showClock();
  }

  isNight() {
    return this.hour >= 20 || this.hour < 6;
  }

  plant(plot) {
    if (plot.stage >= 0) {
      this.info.setText(plot.stage === 3 ? 'This crop is ripe!' : 'Already planted');
      return;
    }
    plot.stage = 0;
    plot.crop.setVisible(true).setRadius(6).setFillStyle(STAGE_COLORS[0]);
    this.info.setText('Seed planted');
  }

  tick() {
    this.hour = (this.hour + 1) % 24;
    if (this.hour === 0) this.day += 1;
    if (!this.isNight()) {
      this.plots.forEach(p => {
        if (p.stage >= 0 && p.stage < 3) {
          p.stage += 1;
          p.crop.setRadius(6 + p.stage * 8).setFillStyle(STAGE_COLORS[p.stage]);
        }
      });
    }
    if (this.hour === 20) this.tweens.add({ targets: this.night, fillAlpha: 0.6, duration: 800 });
    if (this.hour === 6) this.tweens.add({ targets: this.night, fillAlpha: 0, duration: 800 });
    this.showClock();
  }

  showClock() {
    const h = this.hour % 12 || 12;
    const suffix = this.hour < 12 ? 'AM' : 'PM';
    this.clockText.setText('Day ' + this.day + '   ' + h + ' ' + suffix + (this.isNight() ? '  (night)' : ''));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#33691e',
  scene: [DayNightFarm]
};

new Phaser.Game(config);
