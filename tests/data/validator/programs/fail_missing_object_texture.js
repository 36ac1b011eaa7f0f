// The player sprite uses the texture key 'hero', but preload loads 'player' and nothing makes 'hero': Phaser draws
// its missing-texture box instead of the hero.
class HeroScene extends Phaser.Scene {
  constructor() { super('hero'); }
  preload() {
    this.load.image('player', 'assets/player.png');
  }
  create() {
    this.hero = this.add.sprite(400, 300, 'hero');
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) this.hero.x -= 4;
    if (this.cursors.right.isDown) this.hero.x += 4;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2a9d8f', scene: HeroScene });
