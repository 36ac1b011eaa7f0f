// The player falls onto the ground and jumps with SPACE.
class Jump extends Phaser.Scene {
  constructor() { super('jump'); }
  preload() {}
  create() {
    const ground = this.add.rectangle(400, 580, 800, 40, 0x446633);
    this.physics.add.existing(ground, true);
    this.player = this.add.rectangle(400, 200, 32, 48, 0x66ccff);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, ground);
    this.input.keyboard.on('keydown-SPACE', () => { if (this.player.body.blocked.down) this.player.body.setVelocityY(-450); });
  }
}
new Phaser.Game({
  type: Phaser.AUTO, width: 800, height: 600,
  physics: { default: 'arcade', gravity: { y: 800 }, arcade: { debug: false } },
  scene: Jump,
});
