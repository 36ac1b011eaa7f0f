// Click a tile to flip it: the scene's 'gameobjectdown' handler takes one parameter, the Pointer, and hands it on
// as the tile, so the tween and the colour change never reach a tile.
class Flip extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 4; i++) {
      this.add.rectangle(160 + i * 160, 300, 120, 120, 0x3366cc).setInteractive();
    }
    this.input.on('gameobjectdown', (tile) => this.flip(tile));
  }
  flip(tile) {
    this.tweens.add({ targets: tile, scaleX: 0, duration: 120, yoyo: true });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Flip });
