// Two scenes: the game adds points to the registry on every click, a HUD scene shows the score
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  create() {
    this.registry.set('score', 0);
    this.scene.launch('hud');
    const target = this.add.circle(320, 240, 50, 0xe91e63).setInteractive();
    target.on('pointerdown', () => this.registry.inc('score', 5));
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    this.text = this.add.text(10, 10, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    const bus = this.registry.events;
    bus.on('changedata-score', (parent, value) => this.text.setText('Score: ' + value));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#311b92', scene: [Game, Hud] });
