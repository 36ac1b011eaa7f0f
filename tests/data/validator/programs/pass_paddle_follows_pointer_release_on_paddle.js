// Grab the paddle and slide it left and right; let go of it to park it (it turns grey while held)
class Slide extends Phaser.Scene {
  constructor() { super('slide'); }
  create() {
    this.paddle = this.add.rectangle(300, 360, 120, 20, 0x44aaff).setInteractive();
    this.holding = false;
    this.paddle.on('pointerdown', () => { this.holding = true; this.paddle.setFillStyle(0x888888); });
    this.input.on('pointermove', (pointer) => {
      if (this.holding) this.paddle.x = Phaser.Math.Clamp(pointer.x, 60, 540);
    });
    this.paddle.on('pointerup', () => {
      if (!this.holding) return;
      this.holding = false;
      this.paddle.setFillStyle(0x44aaff);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#111122', scene: Slide });
