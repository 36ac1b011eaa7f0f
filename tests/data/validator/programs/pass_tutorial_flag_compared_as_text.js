// Show the tutorial only the first time the game is ever opened (remembered in localStorage); later, go straight to the game
class Boot extends Phaser.Scene {
  constructor() { super('Boot'); }
  create() {
    const seen = localStorage.getItem('tutorialSeen');
    this.scene.start(seen === 'true' ? 'Game' : 'Tutorial');
  }
}
class Tutorial extends Phaser.Scene {
  constructor() { super('Tutorial'); }
  create() {
    this.add.text(400, 300, 'Tutorial: click to start', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    localStorage.setItem('tutorialSeen', true);
    this.input.once('pointerdown', () => this.scene.start('Game'));
  }
}
class Game extends Phaser.Scene {
  constructor() { super('Game'); }
  create() {
    this.add.text(400, 300, 'Game', { fontSize: '36px', color: '#88ff88' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Boot, Tutorial, Game] });
