// Collect the 8 gems with the arrow keys; each gem picked up disappears and adds one to the counter.
class Gems extends Phaser.Scene {
  constructor() { super('gems'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x00e5ff).fillTriangle(10, 0, 20, 10, 10, 20).fillTriangle(10, 0, 0, 10, 10, 20).generateTexture('gem', 20, 20);
    g.destroy();
  }
  create() {
    this.gems = this.physics.add.group({ allowGravity: false });
    for (let i = 0; i < 8; i++) this.gems.create(100 + i * 85, 300, 'gem');
    this.hero = this.add.rectangle(60, 300, 26, 26, 0xff7043);
    this.physics.add.existing(this.hero);
    this.count = 0;
    this.hud = this.add.text(16, 16, 'Gems: 0 / 8', { fontSize: '22px', color: '#ffffff' });
    this.physics.add.overlap(this.hero, this.gems, this.pickUp, null, this);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  pickUp(hero, gem) {
    gem.disableBody(true);
    this.count += 1;
    this.hud.setText('Gems: ' + this.count + ' / 8');
  }
  update() {
    this.hero.body.setVelocity((this.keys.right.isDown ? 220 : 0) - (this.keys.left.isDown ? 220 : 0), (this.keys.down.isDown ? 220 : 0) - (this.keys.up.isDown ? 220 : 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Gems });
