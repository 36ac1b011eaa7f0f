// Easings named the easings.net way: Phaser knows none of them and moves every box linearly, in lockstep.
class Eases extends Phaser.Scene {
  constructor() { super('eases'); }
  preload() {}
  create() {
    ['easeInQuad', 'easeOutBounce', 'easeInOutSine'].forEach((ease, i) => {
      const box = this.add.rectangle(100, 150 + i * 150, 50, 50, 0x3399ff);
      this.add.text(20, 110 + i * 150, ease, { fontSize: '16px' });
      this.tweens.add({ targets: box, x: 700, duration: 1500, ease, yoyo: true, repeat: -1 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Eases });
