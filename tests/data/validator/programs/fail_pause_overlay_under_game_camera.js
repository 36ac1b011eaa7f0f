// SPACE pauses the game and launches a pause overlay; the overlay scene is listed before the game, so it is drawn
// under the game scene, whose camera clears the view with an opaque background: the menu never shows.
class Boot extends Phaser.Scene {
  constructor() { super('Boot'); }
  preload() {}
  create() { this.scene.start('Play'); }
}
class Pause extends Phaser.Scene {
  constructor() { super('Pause'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 360, 200, 0x000000, 0.7);
    this.add.text(400, 270, 'PAUSED', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 330, 'press SPACE', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => { this.scene.resume('Play'); this.scene.stop(); });
  }
}
class Play extends Phaser.Scene {
  constructor() { super('Play'); }
  preload() {}
  create() {
    this.cameras.main.setBackgroundColor('#1b5e20');
    this.ball = this.add.circle(100, 300, 20, 0xffeb3b);
    this.tweens.add({ targets: this.ball, x: 700, duration: 1500, yoyo: true, repeat: -1 });
    this.input.keyboard.on('keydown-SPACE', () => { this.scene.launch('Pause'); this.scene.pause(); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Boot, Pause, Play] });
