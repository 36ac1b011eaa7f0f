// Jump up through the clouds and land on top of them (arrows to move, UP to jump)
class Sky extends Phaser.Scene {
  constructor() { super('sky'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 120, 16).generateTexture('cloud', 120, 16);
    g.clear().fillStyle(0x1e88e5, 1).fillRect(0, 0, 24, 32).generateTexture('hero', 24, 32);
    g.destroy();
    this.clouds = this.physics.add.staticGroup();
    [[200, 460], [420, 360], [240, 260]].forEach(([x, y]) => this.clouds.create(x, y, 'cloud'));
    this.hero = this.physics.add.sprite(100, 560, 'hero').setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.clouds, null, (hero, cloud) => hero.body.velocity.y > 0 && hero.body.bottom <= cloud.body.top);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.hero.body;
    b.setVelocityX(this.keys.left.isDown ? -180 : this.keys.right.isDown ? 180 : 0);
    if (this.keys.up.isDown && (b.blocked.down || b.touching.down)) b.setVelocityY(-520);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 600, backgroundColor: '#90caf9', physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Sky });
