// Three Buy buttons drawn by Graphics at (0, 0) with fillRoundedRect(x, y, ...), each given a hit area at (0, 0): clicks never reach them
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    this.gold = 100;
    this.label = this.add.text(20, 20, 'Gold: 100', { fontSize: '24px', color: '#ffd700' });
    [150, 400, 650].forEach((x) => {
      const button = this.add.graphics();
      button.fillStyle(0x2e7d32, 1);
      button.fillRoundedRect(x - 60, 400, 120, 50, 10);
      button.setInteractive(new Phaser.Geom.Rectangle(0, 0, 120, 50), Phaser.Geom.Rectangle.Contains);
      button.on('pointerdown', () => {
        this.gold -= 10;
        this.label.setText('Gold: ' + this.gold);
      });
      this.add.text(x, 425, 'Buy', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Shop });
