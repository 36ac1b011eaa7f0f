// collectGem is handed to overlap() with no context: Arcade calls it with `this` the function itself, so the first pickup throws.
class Gems extends Phaser.Scene {
  constructor() { super('gems'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x3366ff).fillRect(0, 0, 24, 24);
    g.generateTexture('hero', 24, 24);
    g.fillStyle(0x00ffcc).fillCircle(8, 8, 8);
    g.generateTexture('gem', 16, 16);
    g.destroy();
  }
  create() {
    this.score = 0;
    this.scoreText = this.add.text(16, 16, 'Gems: 0', { fontSize: '20px' });
    this.hero = this.physics.add.sprite(100, 300, 'hero');
    this.gems = this.physics.add.group({ key: 'gem', repeat: 5, setXY: { x: 300, y: 300, stepX: 70 } });
    this.physics.add.overlap(this.hero, this.gems, this.collectGem);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.hero.setVelocityX(this.cursors.right.isDown ? 160 : this.cursors.left.isDown ? -160 : 0);
  }
  collectGem(hero, gem) {
    gem.disableBody(true, true);
    this.score += 1;
    this.scoreText.setText('Gems: ' + this.score);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Gems });
