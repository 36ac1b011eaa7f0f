// Enemies drift right; the list may be empty before the first wave
class S extends Phaser.Scene {
  create() { this.enemies = [this.add.circle(100, 100, 10, 0xff0000)]; }
  update() { this.enemies && this.enemies.forEach((e) => { e.x += 1; }); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: S });
