// Ledges: jump up through the ledges from below and land on top of them (arrows to move, UP to jump)
class Ledges extends Phaser.Scene {
  constructor() { super('ledges'); }
  create() {
    this.ledges = this.physics.add.staticGroup();
    [[200, 420], [420, 330], [240, 240]].forEach(([x, y]) => this.ledges.add(this.add.rectangle(x, y, 140, 14, 0x8d6e63)));
    this.hero = this.add.rectangle(80, 540, 22, 32, 0x26c6da);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.ledges, null, (hero, ledge) => hero.body.velocity.y >= 0 && hero.body.prev.y + hero.body.height <= ledge.body.top + 2, this);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.hero.body;
    b.setVelocityX(this.keys.left.isDown ? -180 : this.keys.right.isDown ? 180 : 0);
    if (this.keys.up.isDown && (b.blocked.down || b.touching.down)) b.setVelocityY(-500);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 600, backgroundColor: '#fff8e1', physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Ledges });
