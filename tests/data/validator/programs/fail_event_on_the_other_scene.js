// The HUD listens on its own this.events, but the game emits on the game scene's: the score never changes on screen.
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {}
  create() {
    this.score = 0;
    this.add.rectangle(400, 300, 60, 60, 0x44aa44);
    this.scene.launch('hud');
    this.time.addEvent({ delay: 200, loop: true, callback: () => { this.score += 10; this.events.emit('score-changed', this.score); } });
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const label = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.events.on('score-changed', (score) => label.setText('Score: ' + score));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Game, Hud] });
