// A blob bounces in place: its 4-frame animation (made by a helper below) plays in a loop.
const W = 48;
class Blob extends Phaser.Scene {
  constructor() { super('blob'); }
  preload() {
    const canvas = this.textures.createCanvas('blob', W * 4, W);
    const ctx = canvas.getContext();
    for (let i = 0; i < 4; i++) {
      ctx.fillStyle = ['#66ff99', '#55ee88', '#44dd77', '#55ee88'][i];
      ctx.fillRect(i * W + 4, 4 + i * 3, W - 8, W - 8 - i * 3);
    }
    canvas.refresh();
    for (let i = 0; i < 4; i++) canvas.add(i, 0, i * W, 0, W, W);
  }
  create() {
    this.blob = this.add.sprite(400, 300, 'blob', 0).setScale(2);
    // start the bounce animation (it loops forever)
    this.blob.play('bounce');
    makeAnimations(this);
  }
}
function makeAnimations(scene) {
  scene.anims.create({ key: 'bounce', frames: scene.anims.generateFrameNumbers('blob', { start: 0, end: 3 }), frameRate: 8, repeat: -1 });
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Blob });
