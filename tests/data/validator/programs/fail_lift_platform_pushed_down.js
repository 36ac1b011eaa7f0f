// Lift: a platform moves up and down between two floors; jump on it (UP) and ride it; LEFT/RIGHT to walk
class Lift extends Phaser.Scene {
  constructor() { super('lift'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8d6e63).fillRect(0, 0, 140, 20).generateTexture('lift', 140, 20);
    g.clear().fillStyle(0x42a5f5).fillRect(0, 0, 28, 40).generateTexture('hero', 28, 40);
    g.destroy();
  }
  create() {
    this.floor = this.add.rectangle(400, 590, 800, 20, 0x5d4037);
    this.physics.add.existing(this.floor, true);
    this.lift = this.physics.add.image(400, 500, 'lift');
    this.lift.body.setAllowGravity(false);
    this.lift.setVelocityY(-80);
    this.hero = this.physics.add.image(400, 440, 'hero').setCollideWorldBounds(true);
    this.physics.add.collider(this.hero, this.lift);
    this.physics.add.collider(this.hero, this.floor);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.lift.y < 200) this.lift.setVelocityY(80);
    else if (this.lift.y > 500) this.lift.setVelocityY(-80);
    this.hero.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
    if (this.keys.up.isDown && this.hero.body.blocked.down) this.hero.setVelocityY(-360);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#90caf9',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Lift });
