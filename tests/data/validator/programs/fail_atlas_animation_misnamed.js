// An atlas loaded from files; the animation made is 'walk' but the one played is 'walking' (it never plays)
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {
    this.load.atlas('hero', 'assets/hero.png', 'assets/hero.json');
  }
  create() {
    this.anims.create({
      key: 'walk',
      frames: this.anims.generateFrameNames('hero', { prefix: 'walk', start: 1, end: 8 }),
      frameRate: 10,
      repeat: -1,
    });
    this.hero = this.add.sprite(400, 300, 'hero', 'walk1');
    this.hero.play('walking');
  }
  update() {
    this.hero.x = 400 + Math.sin(this.time.now / 500) * 100;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Game });
