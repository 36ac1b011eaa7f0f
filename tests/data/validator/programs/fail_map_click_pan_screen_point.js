// Big map: the camera is zoomed out; click anywhere to pan the camera smoothly to that spot
class Map extends Phaser.Scene {
  constructor() { super('map'); }
  create() {
    for (let i = 0; i < 60; i++) this.add.circle(Phaser.Math.Between(0, 2000), Phaser.Math.Between(0, 1500), 20, 0x66bb6a);
    const cam = this.cameras.main;
    cam.setBounds(0, 0, 2000, 1500).setZoom(0.5);
    this.input.on('pointerdown', (pointer) => {
      cam.pan(pointer.x, pointer.y, 600, 'Sine.easeInOut');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#33691e', scene: Map });
