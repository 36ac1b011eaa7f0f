// The score lives in a HUD scene listed second: nothing launches it, so its create() never runs and no score is shown
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.score = 0;
    this.dot = this.add.circle(400, 300, 20, 0x44ccff).setInteractive();
    this.dot.on('pointerdown', () => {
      this.score += 1;
      this.dot.setPosition(Phaser.Math.Between(40, 760), Phaser.Math.Between(80, 560));
      this.events.emit('scored', this.score);
    });
  }
}

class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const label = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.scene.get('play').events.on('scored', (score) => label.setText('Score: ' + score));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d1d2b', scene: [Play, Hud] });
