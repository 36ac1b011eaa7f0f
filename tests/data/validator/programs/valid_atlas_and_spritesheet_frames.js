// An atlas and a spritesheet loaded from files: animations by frame names and numbers, frames set by name
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {
    this.load.atlas('hero', 'assets/hero.png', 'assets/hero.json');
    this.load.spritesheet('coin', 'assets/coin.png', { frameWidth: 128, frameHeight: 128 });
  }
  create() {
    this.anims.create({
      key: 'run',
      frames: this.anims.generateFrameNames('hero', { prefix: 'run_', start: 1, end: 6, zeroPad: 2, suffix: '.png' }),
      frameRate: 12,
      repeat: -1,
    });
    this.anims.create({ key: 'jump', frames: [{ key: 'hero', frame: 'jump_01.png' }, { key: 'hero', frame: 'jump_02.png' }], frameRate: 8 });
    this.anims.create({ key: 'spin', frames: this.anims.generateFrameNumbers('coin', { start: 0, end: 23 }), frameRate: 20, repeat: -1 });
    this.hero = this.add.sprite(200, 300, 'hero', 'idle_01.png');
    this.hero.play('run');
    this.coin = this.add.sprite(600, 300, 'coin', 0).play('spin');
    this.cursors = this.input.keyboard.createCursorKeys();
    this.time.delayedCall(800, () => this.hero.play('jump'));
    this.hero.on('animationcomplete-jump', () => this.hero.setFrame('idle_01.png').play('run'));
  }
  update() {
    if (this.cursors.right.isDown) this.hero.x += 3;
    this.coin.y = 300 + Math.sin(this.time.now / 300) * 40;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Game });
