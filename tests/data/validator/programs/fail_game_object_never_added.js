// Circles made with new Phaser.GameObjects.Arc(...) and kept in an array, but never added to the scene: none is drawn.
class Spawn extends Phaser.Scene {
  constructor() { super('spawn'); }
  preload() {}
  create() {
    this.circles = [];
    this.add.text(10, 10, 'Click to spawn circles', { fontSize: '20px' });
    this.input.on('pointerdown', (pointer) => {
      this.circles.push(new Phaser.GameObjects.Arc(this, pointer.x, pointer.y, 24, 0, 360, false, 0x00ffaa, 1));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spawn });
