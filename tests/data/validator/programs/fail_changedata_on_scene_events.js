// Coins go into the registry, but the HUD waits for 'changedata-coins' on its scene's events (this.data's emitter), not
// on registry.events: the label stays at 0.
class World extends Phaser.Scene {
  constructor() { super('world'); }
  preload() {}
  create() {
    this.registry.set('coins', 0);
    this.scene.launch('hud');
    this.time.addEvent({ delay: 200, loop: true, callback: () => this.registry.inc('coins', 1) });
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const label = this.add.text(16, 16, 'Coins: 0', { fontSize: '24px' });
    this.events.on('changedata-coins', (parent, value) => label.setText('Coins: ' + value));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [World, Hud] });
