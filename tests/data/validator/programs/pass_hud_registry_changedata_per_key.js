// Click the target to score; a HUD scene shows the score through the registry's changedata events
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  create() {
    this.registry.set('score', 0);
    const target = this.add.circle(400, 300, 40, 0xff5533).setInteractive();
    target.on('pointerdown', () => {
      this.registry.inc('score', 10);
      target.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(80, 540));
    });
    this.scene.launch('hud');
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    const label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.registry.events.on('changedata-score', (parent, value) => label.setText('Score: ' + value));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Play, Hud] });
