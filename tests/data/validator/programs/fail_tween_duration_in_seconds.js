// duration: 3 meant 3 seconds; Phaser reads 3 ms, so the square runs its lap every frame and never seems to move
class Lap extends Phaser.Scene {
  preload() {}

  create() {
    this.box = this.add.rectangle(100, 300, 40, 40, 0xff8800);
    this.tweens.add({ targets: this.box, x: 700, duration: 3, yoyo: true, repeat: -1 });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lap });
