// Fishing village: you start with 2 boats and every boat catches 1 fish per second. Press M or click "Market" to open the Market screen, which shows the live fish and coin counts and lets you sell 10 fish for 5 coins or buy a boat for 20 coins; boats keep fishing while the Market is open, and its "Back" button returns to the harbour.
class HarbourScene extends Phaser.Scene {
  constructor() {
    super('Harbour');
  }

  create() {
    this.registry.set({ fish: 0, coins: 0, boats: 2 });

    const g = this.add.graphics();
    g.fillStyle(0x8d6e63, 1);
    g.fillPoints([{ x: 0, y: 28 }, { x: 60, y: 28 }, { x: 50, y: 42 }, { x: 10, y: 42 }], true);
    g.fillRect(28, 2, 3, 26);
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(32, 2, 32, 26, 54, 26);
    g.generateTexture('boat', 60, 44);
    g.destroy();

    this.add.rectangle(400, 420, 800, 360, 0x1565c0);
    this.add.text(400, 40, 'HARBOUR', { fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.fishText = this.add.text(40, 90, '', { fontSize: '24px', color: '#ffffff' });
    this.boatLayer = this.add.group();

    const btn = this.add.rectangle(660, 100, 180, 56, 0xef6c00).setStrokeStyle(2, 0xffffff);
    this.add.text(660, 100, 'Market (M)', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    btn.setInteractive({ useHandCursor: true });
    btn.on('pointerdown', () => this.openMarket());
    this.input.keyboard.on('keydown-M', () => this.openMarket());

    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => this.registry.inc('fish', this.registry.get('boats'))
    });
  }

  openMarket() {
    if (this.scene.isActive('Market')) return;
    this.scene.launch('Market');
  }

  update(time) {
    const boats = this.registry.get('boats');
    while (this.boatLayer.getLength() < Math.min(boats, 24)) {
      const i = this.boatLayer.getLength();
      this.boatLayer.add(this.add.image(60 + (i % 8) * 95, 300 + Math.floor(i / 8) * 90, 'boat'));
    }
    this.boatLayer.getChildren().forEach((boat, i) => {
      boat.y = 300 + Math.floor(i / 8) * 90 + Math.sin(time / 400 + i) * 4;
    });
    this.fishText.setText('Fish: ' + this.registry.get('fish') + '   Coins: ' + this.registry.get('coins') + '   Boats: ' + boats);
  }
}

class MarketScene extends Phaser.Scene {
  constructor() {
    super('Market');
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x3e2723).setInteractive();
    this.add.text(400, 60, 'MARKET', { fontSize: '36px', color: '#ffe0b2', fontStyle: 'bold' }).setOrigin(0.5);
    this.stockText = this.add.text(400, 140, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.noteText = this.add.text(400, 470, '', { fontSize: '20px', color: '#ffab91' }).setOrigin(0.5);

    this.makeButton(400, 240, 'Sell 10 fish -> 5 coins', () => {
      if (this.registry.get('fish') < 10) return this.noteText.setText('Not enough fish');
      this.registry.inc('fish', -10);
      this.registry.inc('coins', 5);
      this.noteText.setText('Sold 10 fish');
    });
    this.makeButton(400, 320, 'Buy boat (20 coins)', () => {
      if (this.registry.get('coins') < 20) return this.noteText.setText('Not enough coins');
      this.registry.inc('coins', -20);
      this.registry.inc('boats', 1);
      this.noteText.setText('New boat launched');
    });
    this.makeButton(400, 400, 'Back', () => this.scene.stop());
  }

  makeButton(x, y, label, onClick) {
    const box = this.add.rectangle(x, y, 340, 56, 0x6d4c41).setStrokeStyle(2, 0xffcc80);
    this.add.text(x, y, label, { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    box.setInteractive({ useHandCursor: true });
    box.on('pointerdown', onClick);
  }

  update() {
    this.stockText.setText('Fish: ' + this.registry.get('fish') + '    Coins: ' + this.registry.get('coins') + '    Boats: ' + this.registry.get('boats'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#81d4fa',
  scene: [HarbourScene, MarketScene]
};

new Phaser.Game(config);
