// The paddle's width comes back from localStorage as a string: the rectangle is drawn wrong under WebGL.
class PaddleScene extends Phaser.Scene {
  constructor() {
    super('paddle');
  }

  preload() {}

  create() {
    const saved = localStorage.getItem('paddleWidth') || '120';
    this.paddle = this.add.rectangle(400, 560, saved, 18, 0x66ccff);
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  update() {
    if (this.cursors.left.isDown) this.paddle.x -= 6;
    if (this.cursors.right.isDown) this.paddle.x += 6;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: PaddleScene });
