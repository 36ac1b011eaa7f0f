// anims.create({ loop: true }) is Phaser 2: Phaser 3 loops with repeat: -1, so the walk cycle plays once and stops.
class Walk extends Phaser.Scene {
  constructor() { super('walk'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x44cc88).fillRect(0, 0, 32, 48).fillStyle(0x2277aa).fillRect(32, 0, 32, 48);
    g.generateTexture('robot', 64, 48);
    g.destroy();
    this.textures.get('robot').add(0, 0, 0, 0, 32, 48);
    this.textures.get('robot').add(1, 0, 32, 0, 32, 48);
  }
  create() {
    this.anims.create({ key: 'walk', frames: this.anims.generateFrameNumbers('robot', { frames: [0, 1] }), frameRate: 6, loop: true });
    this.add.sprite(400, 300, 'robot', 0).play('walk');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Walk });
