// Phaser 2's createMultiple(quantity, key): Phaser 3 takes a config object, so no gem is made while the label says 12.
class Gems extends Phaser.Scene {
  constructor() { super('gems'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x00ffaa).fillRect(0, 0, 16, 16);
    g.generateTexture('gem', 16, 16);
    g.destroy();
  }
  create() {
    this.gems = this.add.group();
    this.gems.createMultiple(12, 'gem');
    Phaser.Actions.GridAlign(this.gems.getChildren(), { width: 6, cellWidth: 60, cellHeight: 60, x: 200, y: 200 });
    this.add.text(20, 20, 'Gems left: 12', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Gems });
