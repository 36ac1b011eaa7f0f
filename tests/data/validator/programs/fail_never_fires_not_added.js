// The enemy class gives itself a physics body but never adds itself to the scene (scene.add.existing(this) is left
// out): it moves and collides, and is never drawn.
class Enemy extends Phaser.Physics.Arcade.Sprite {
  constructor(scene, x, y) {
    super(scene, x, y, 'enemy');
    scene.physics.add.existing(this);
    this.setVelocityX(80);
  }
}
class ChaseScene extends Phaser.Scene {
  constructor() { super('chase'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xff006e, 1).fillCircle(16, 16, 16);
    g.generateTexture('enemy', 32, 32);
    g.destroy();
    this.add.text(16, 16, 'Enemies incoming', { fontSize: '20px', color: '#ffffff' });
    this.enemies = [new Enemy(this, 100, 200), new Enemy(this, 100, 400)];
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#14213d',
  physics: { default: 'arcade' }, scene: ChaseScene });
