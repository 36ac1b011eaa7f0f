// Click anywhere: an orange burst grows at the click point from radius 8 to 40 (scale 1 to 5) over 400 ms while it fades out.
class BurstScene extends Phaser.Scene {
  constructor() { super('burst'); }
  preload() {}
  create() {
    this.input.on('pointerdown', (pointer) => {
      const g = this.add.graphics({ x: pointer.x, y: pointer.y });
      g.fillStyle(0xff9800, 1);
      g.fillCircle(0, 0, 8);
      this.tweens.add({ targets: g, scale: 5, alpha: 0, duration: 400, onComplete: () => g.destroy() });
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', scene: BurstScene });
