// Click to flip gravity: the player falls to the ceiling, click again and it falls back to the floor.
const GRAVITY = 600;
class Flip extends Phaser.Scene {
  constructor() { super('flip'); }
  preload() {}
  create() {
    this.up = false;
    this.player = this.add.rectangle(400, 300, 30, 30, 0x66ccff);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.input.on('pointerdown', () => {
      this.up = !this.up;
      this.player.body.setGravityY(this.up ? -GRAVITY : 0);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: GRAVITY } } }, scene: Flip });
