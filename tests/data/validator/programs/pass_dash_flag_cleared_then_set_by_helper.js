// Press SPACE to dash: each frame the dash flag is cleared and set again while the key is down
class Dash extends Phaser.Scene {
  constructor() { super('dash'); }
  create() {
    this.hero = this.add.rectangle(100, 200, 30, 30, 0x29b6f6);
    this.space = this.input.keyboard.addKey('SPACE');
    this.dashing = false;
  }
  readInput() { this.dashing = this.space.isDown; }
  update(time, delta) {
    this.dashing = false;
    this.readInput();
    if (this.dashing) this.hero.x = Math.min(580, this.hero.x + 0.6 * delta);
    else this.hero.x = Math.min(580, this.hero.x + 0.1 * delta);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Dash });
