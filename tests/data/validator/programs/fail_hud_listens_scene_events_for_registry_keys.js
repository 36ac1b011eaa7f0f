// A HUD scene on top of the world shows the coin and key counters, kept in the game registry.
const ITEMS = ['coins', 'keys'];
class World extends Phaser.Scene {
  constructor() { super('world'); }
  preload() {}
  create() {
    this.registry.set({ coins: 0, keys: 0 });
    this.input.on('pointerdown', () => this.registry.inc(ITEMS[Phaser.Math.Between(0, 1)], 1));
    this.scene.launch('hud');
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    this.labels = {};
    ITEMS.forEach((type, i) => {
      this.labels[type] = this.add.text(16, 16 + i * 24, type + ': 0', { color: '#ffffff' });
      this.events.on('changedata-' + type, (parent, value) => this.labels[type].setText(type + ': ' + value));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [World, Hud] });
