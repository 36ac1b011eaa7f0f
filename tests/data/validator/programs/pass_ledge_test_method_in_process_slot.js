// Jump up through the thin ledges from below (arrow keys, UP to jump) and land on top of them.
class Ledges extends Phaser.Scene {
  constructor() { super('ledges'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8bc34a).fillRect(0, 0, 160, 12).generateTexture('ledge', 160, 12);
    g.clear().fillStyle(0xffffff).fillRect(0, 0, 24, 32).generateTexture('hero', 24, 32);
    g.destroy();
  }
  create() {
    this.ledges = this.physics.add.staticGroup();
    [[200, 470], [420, 380], [620, 290]].forEach(([x, y]) => this.ledges.create(x, y, 'ledge'));
    this.hero = this.physics.add.sprite(200, 560, 'hero').setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.ledges, null, this.fromAbove, this);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  fromAbove(hero, ledge) {
    return hero.body.velocity.y >= 0 && hero.body.bottom <= ledge.body.top + 8;
  }
  update() {
    this.hero.setVelocityX(this.keys.left.isDown ? -180 : this.keys.right.isDown ? 180 : 0);
    if (this.keys.up.isDown && this.hero.body.blocked.down) this.hero.setVelocityY(-520);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Ledges });
