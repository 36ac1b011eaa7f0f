// Top-down dash: arrows move at 150, SHIFT dashes at 600 in the facing direction
class DashScene extends Phaser.Scene {
  constructor() { super('dash'); }
  create() {
    this.hero = this.add.rectangle(400, 300, 30, 30, 0x4dd0e1);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.facing = new Phaser.Math.Vector2(1, 0);
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SHIFT', () => {
      this.hero.body.setVelocity(this.facing.x * 600, this.facing.y * 600);
    });
  }
  update() {
    const k = this.keys;
    const vx = (k.left.isDown ? -1 : 0) + (k.right.isDown ? 1 : 0);
    const vy = (k.up.isDown ? -1 : 0) + (k.down.isDown ? 1 : 0);
    if (vx || vy) this.facing.set(vx, vy).normalize();
    this.hero.body.setVelocity(vx * 150, vy * 150);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', physics: { default: 'arcade' }, scene: DashScene });
