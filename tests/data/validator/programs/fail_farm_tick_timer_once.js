// Farm simulation: click an empty plot to plant wheat for 5 coins; every farm tick (1 second) planted wheat grows one stage, and at stage 3 it is harvested automatically for 12 coins.
const STAGE_COLORS = [0x7cbf3a, 0x4e9a2a, 0xe0c040];

class FarmScene extends Phaser.Scene {
  constructor() {
    super('Farm');
  }

  create() {
    this.coins = 20;
    this.day = 0;
    this.plots = [];

    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 4; col++) {
        const plot = this.add.container(140 + col * 120, 150 + row * 110);
        const soil = this.add.rectangle(0, 0, 100, 90, 0x6b4226).setStrokeStyle(2, 0x3b2412);
        const label = this.add.text(0, 0, '', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5);
        plot.add([soil, label]);
        plot.setData({ stage: -1, soil, label });
        soil.setInteractive({ useHandCursor: true });
        soil.on('pointerdown', () => this.plant(plot));
        this.plots.push(plot);
      }
    }

    this.hud = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, callback: this.tick, callbackScope: this });
    this.refresh();
  }

  plant(plot) {
    if (plot.getData('stage') >= 0 || this.coins < 5) return;
    this.coins -= 5;
    plot.setData('stage', 0);
    this.refresh();
  }

  tick() {
    this.day++;
    this.plots.forEach((plot) => {
      const stage = plot.getData('stage');
      if (stage < 0) return;
      if (stage + 1 >= 3) {
        plot.setData('stage', -1);
        this.coins += 12;
        this.floatText(plot.x, plot.y, '+12');
      } else {
        plot.setData('stage', stage + 1);
      }
    });
    this.refresh();
  }

  floatText(x, y, message) {
    const t = this.add.text(x, y - 20, message, { fontSize: '18px', color: '#ffee88' }).setOrigin(0.5);
    this.tweens.add({ targets: t, y: y - 60, alpha: 0, duration: 800, onComplete: () => t.destroy() });
  }

  refresh() {
    this.plots.forEach((plot) => {
      const stage = plot.getData('stage');
      plot.getData('soil').setFillStyle(stage < 0 ? 0x6b4226 : STAGE_COLORS[stage]);
      plot.getData('label').setText(stage < 0 ? 'empty' : `wheat ${stage + 1}/3`);
    });
    this.hud.setText(`Day ${this.day}    Coins: ${this.coins}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 480,
  backgroundColor: '#87b56b',
  scene: FarmScene
});
