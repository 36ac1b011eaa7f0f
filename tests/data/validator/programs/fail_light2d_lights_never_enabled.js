// A stone wall in a dark dungeon, lit by a warm torch light that follows the mouse (Light2D).
class Dungeon extends Phaser.Scene {
  constructor() { super('dungeon'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x887766).fillRect(0, 0, 60, 30).lineStyle(2, 0x443322).strokeRect(0, 0, 60, 30);
    g.generateTexture('brick', 60, 30);
    g.destroy();
  }
  create() {
    for (let y = 0; y < 600; y += 30) {
      for (let x = (y / 30) % 2 ? -30 : 0; x < 800; x += 60) {
        this.add.image(x, y, 'brick').setOrigin(0).setPipeline('Light2D');
      }
    }
    this.lights.setAmbientColor(0x202020);
    this.torch = this.lights.addLight(400, 300, 220, 0xffaa55, 2.2);
    this.input.on('pointermove', (pointer) => this.torch.setPosition(pointer.x, pointer.y));
    this.add.text(10, 10, 'move the torch', { color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.WEBGL, width: 800, height: 600, backgroundColor: '#000000', scene: Dungeon });
