// Clicker with a shop: S pauses the game and opens the shop, where B buys a double click; C closes it and the game clicks for the new amount
class Clicker extends Phaser.Scene {
  constructor() { super('clicker'); }
  create() {
    this.power = 1;
    this.gems = 0;
    this.info = this.add.text(20, 20, 'Gems 0', { fontSize: '24px', color: '#ffffff' });
    this.add.circle(400, 300, 80, 0x44ccff).setInteractive().on('pointerdown', () => { this.gems += this.power; this.info.setText('Gems ' + this.gems); });
    this.input.keyboard.on('keydown-S', () => { this.scene.pause(); this.scene.launch('shop'); });
    this.events.on('resume', () => { this.power = this.registry.get('power'); });
  }
}
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  create() {
    this.add.text(300, 250, 'SHOP: B buys x2, C closes', { fontSize: '22px', color: '#ffff00' });
    this.input.keyboard.on('keydown-B', () => this.registry.set('power', 2));
    this.input.keyboard.on('keydown-C', () => { this.scene.resume('clicker'); this.scene.stop(); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Clicker, Shop] });
