// Click a tile to flip it (the handler takes (pointer, gameObject) and hands the tile on).
class Flip extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 4; i++) {
      this.add.rectangle(160 + i * 160, 300, 120, 120, 0x3366cc).setInteractive();
    }
    this.input.on('gameobjectdown', (pointer, tile) => this.flip(tile));
  }
  flip(tile) {
    this.tweens.add({ targets: tile, scaleX: 0, duration: 120, yoyo: true });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Flip });
