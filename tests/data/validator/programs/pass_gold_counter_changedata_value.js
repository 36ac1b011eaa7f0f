// Click the gold nugget to mine gold; the counter in the corner follows the registry's 'gold' value.
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  preload() {}
  create() {
    this.registry.set('gold', 0);
    this.counter = this.add.text(16, 16, 'Gold: 0', { fontSize: '24px', color: '#ffd54f' });
    this.registry.events.on('changedata-gold', (parent, value) => {
      this.counter.setText('Gold: ' + value);
    });
    const nugget = this.add.star(400, 300, 6, 30, 60, 0xffc107).setInteractive();
    nugget.on('pointerdown', () => this.registry.inc('gold', 5));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: Mine });
