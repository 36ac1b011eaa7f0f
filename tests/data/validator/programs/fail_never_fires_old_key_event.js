// Key events written the Phaser 3.0 way ('keydown_SPACE'): Phaser 3.16+ emits 'keydown-SPACE', so the jump handler
// never runs and the player can never jump. No error, no warning.
class JumpScene extends Phaser.Scene {
  constructor() { super('jump'); }
  preload() {}
  create() {
    this.ground = this.add.rectangle(400, 580, 800, 40, 0x3a7d44);
    this.physics.add.existing(this.ground, true);
    this.player = this.add.rectangle(200, 500, 40, 60, 0xf4d35e);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.ground);
    this.input.keyboard.on('keydown_SPACE', () => {
      if (this.player.body.blocked.down) this.player.body.setVelocityY(-420);
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b263b',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: JumpScene });
