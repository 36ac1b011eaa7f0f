// Jump with UP; for a short grace time (0.15 s) after walking off a ledge the player may still jump
const GRACE = 0.15;
class Grace extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0x66ddff).fillRect(0, 0, 30, 40).generateTexture('hero', 30, 40).destroy();
    this.ground = this.add.rectangle(200, 580, 400, 40, 0x557733);
    this.physics.add.existing(this.ground, true);
    this.hero = this.physics.add.image(100, 500, 'hero');
    this.physics.add.collider(this.hero, this.ground);
    this.keys = this.input.keyboard.createCursorKeys();
    this.offGround = 0;
  }
  update(time, delta) {
    if (this.hero.body.blocked.down) this.offGround = 0;
    else this.offGround += delta;
    this.hero.setVelocityX(this.keys.right.isDown ? 160 : this.keys.left.isDown ? -160 : 0);
    if (Phaser.Input.Keyboard.JustDown(this.keys.up) && this.offGround < GRACE) this.hero.setVelocityY(-420);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Grace });
