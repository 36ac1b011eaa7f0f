// Aim preview: a faint ghost of the block follows the mouse while SHIFT is held; click places a block there
class BuildScene extends Phaser.Scene {
  constructor() { super('build'); }
  create() {
    this.ghost = this.add.rectangle(0, 0, 48, 48, 0xffffff).setAlpha(0.35).setStrokeStyle(2, 0xffffff).setVisible(false);
    this.shift = this.input.keyboard.addKey('SHIFT');
    this.input.on('pointermove', (p) => this.ghost.setPosition(Math.round(p.x / 48) * 48, Math.round(p.y / 48) * 48));
    this.input.on('pointerdown', (p) => this.add.rectangle(Math.round(p.x / 48) * 48, Math.round(p.y / 48) * 48, 48, 48, 0x8d6e63));
  }
  update() {
    this.ghost.setVisible(this.shift.isDown);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: BuildScene });
