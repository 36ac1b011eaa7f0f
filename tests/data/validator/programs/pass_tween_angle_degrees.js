// Click the arrow to turn it a quarter turn clockwise with a 200 ms tween; it always points up, right, down or left.
class ArrowScene extends Phaser.Scene {
  constructor() { super('arrow'); }
  preload() {}
  create() {
    this.arrow = this.add.triangle(400, 300, 0, 80, 40, 0, 80, 80, 0xffca28).setInteractive();
    this.turning = false;
    this.arrow.on('pointerdown', () => {
      if (this.turning) return;
      this.turning = true;
      this.tweens.add({ targets: this.arrow, angle: '+=90', duration: 200, onComplete: () => { this.turning = false; } });
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', scene: ArrowScene });
