// the input plugin's wheel handler gets (pointer, currentlyOver, deltaX, deltaY, deltaZ): 'dy' here is deltaX
class Zoom extends Phaser.Scene {
  preload() {}

  create() {
    for (let i = 0; i < 20; i++) this.add.circle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 12, 0x66ccff);
    this.input.on('wheel', (pointer, dx, dy) => {
      const cam = this.cameras.main;
      cam.setZoom(Phaser.Math.Clamp(cam.zoom - dy * 0.001, 0.5, 3));
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Zoom });
