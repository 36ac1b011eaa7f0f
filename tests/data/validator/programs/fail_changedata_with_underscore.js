// the HUD listens for 'changedata_score'; the registry emits 'changedata-score'
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {}
  create() {
    this.registry.set('score', 0);
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.registry.events.on('changedata_score', (parent, value) => this.label.setText('Score: ' + value));
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.registry.inc('score', 10) });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Game });
