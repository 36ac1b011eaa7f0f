// Ghosts drawn half see-through: the property is misspelt (alhpa), so they are drawn fully opaque.
class Haunt extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 5; i++) {
      const ghost = this.add.ellipse(120 + i * 140, 300, 70, 90, 0xe8e8ff);
      ghost.alhpa = 0.4;
      this.tweens.add({ targets: ghost, y: 260, duration: 900 + i * 100, yoyo: true, repeat: -1 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101020', scene: Haunt });
