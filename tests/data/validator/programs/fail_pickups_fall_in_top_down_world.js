// Top-down forest: walk with the arrow keys and pick up the 8 mushrooms lying around.
class Forest extends Phaser.Scene {
  constructor() { super('forest'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xdd3333).fillCircle(10, 8, 10).fillStyle(0xffffff).fillRect(6, 12, 8, 8);
    g.generateTexture('mushroom', 20, 20);
    g.destroy();
  }
  create() {
    this.count = 0;
    this.label = this.add.text(10, 10, 'Mushrooms: 0', { color: '#ffffff' });
    this.hero = this.physics.add.sprite(400, 300, '__WHITE').setDisplaySize(24, 24).setTint(0x3366ff);
    this.hero.body.setAllowGravity(false);
    this.mushrooms = this.physics.add.group();
    for (let i = 0; i < 8; i++) this.mushrooms.create(80 + i * 90, 100 + (i % 3) * 160, 'mushroom');
    this.physics.add.overlap(this.hero, this.mushrooms, (hero, m) => { m.destroy(); this.label.setText('Mushrooms: ' + ++this.count); });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const v = 160;
    this.hero.setVelocity((this.cursors.right.isDown - this.cursors.left.isDown) * v, (this.cursors.down.isDown - this.cursors.up.isDown) * v);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Forest });
