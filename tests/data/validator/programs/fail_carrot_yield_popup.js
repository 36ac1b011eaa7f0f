// Carrot patch: click an empty plot to sow carrots, which ripen after 4 seconds (they turn orange); click a ripe plot to harvest a random 1-3 carrots (3-5 if you watered it with a right-click before it ripened); a floating "+N" shows how many you got and the basket total goes up by exactly that N.
const CELL = 90;

class CarrotPatch extends Phaser.Scene {
  constructor() {
    super('CarrotPatch');
  }

  create() {
    this.input.mouse.disableContextMenu();
    this.basket = 0;
    this.plots = [];

    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 5; c++) {
        const x = 220 + c * CELL;
        const y = 200 + r * CELL;
        const soil = this.add.rectangle(x, y, CELL - 10, CELL - 10, 0x795548).setStrokeStyle(3, 0x4e342e);
        const sprout = this.add.triangle(x, y, 0, 30, 15, 0, 30, 30, 0x66bb6a).setVisible(false);
        const plot = { soil, sprout, state: 'empty', watered: false };
        soil.setInteractive({ useHandCursor: true });
        soil.on('pointerdown', pointer => {
          if (pointer.rightButtonDown()) this.water(plot);
          else this.clickPlot(plot);
        });
        this.plots.push(plot);
      }
    }

    this.add.text(400, 50, 'Carrot Patch', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 90, 'Left click: sow / harvest    Right click: water', { fontSize: '16px', color: '#dcedc8' }).setOrigin(0.5);
    this.basketText = this.add.text(400, 520, '', { fontSize: '26px', color: '#ffb74d' }).setOrigin(0.5);
    this.updateBasket();
  }

  clickPlot(plot) {
    if (plot.state === 'empty') {
      plot.state = 'growing';
      plot.watered = false;
      plot.soil.setFillStyle(0x795548);
      plot.sprout.setVisible(true).setFillStyle(0x66bb6a).setScale(0.4);
      this.tweens.add({ targets: plot.sprout, scale: 1, duration: 4000 });
      this.time.delayedCall(4000, () => {
        plot.state = 'ripe';
        plot.sprout.setFillStyle(0xff8f00);
      });
    } else if (plot.state === 'ripe') {
      this.popup(plot.soil.x, plot.soil.y, this.harvestYield(plot));
      this.addToBasket(this.harvestYield(plot));
      plot.state = 'empty';
      plot.sprout.setVisible(false);
      plot.soil.setFillStyle(0x795548);
    }
  }

  water(plot) {
    if (plot.state !== 'growing' || plot.watered) return;
    plot.watered = true;
    plot.soil.setFillStyle(0x4e342e);
  }

  harvestYield(plot) {
    return plot.watered ? Phaser.Math.Between(3, 5) : Phaser.Math.Between(1, 3);
  }

  popup(x, y, amount) {
    const t = this.add.text(x, y - 20, '+' + amount, { fontSize: '28px', color: '#fff176', stroke: '#000000', strokeThickness: 4 }).setOrigin(0.5);
    this.tweens.add({ targets: t, y: y - 80, alpha: 0, duration: 1200, onComplete: () => t.destroy() });
  }

  addToBasket(amount) {
    this.basket += amount;
    this.updateBasket();
  }

  updateBasket() {
    this.basketText.setText('Basket: ' + this.basket + ' carrots');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#558b2f',
  scene: CarrotPatch
};

new Phaser.Game(config);
