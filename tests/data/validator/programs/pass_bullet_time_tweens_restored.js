// Bullet time: click to slow every moving block to a fifth of its speed for one second
class Blocks extends Phaser.Scene {
  constructor() { super('blocks'); }
  create() {
    for (let i = 0; i < 5; i++) {
      const b = this.add.rectangle(60, 60 + i * 60, 40, 40, 0x3399ff + i * 0x101000);
      this.tweens.add({ targets: b, x: 540, duration: 1200 + i * 300, yoyo: true, repeat: -1 });
    }
    this.slowFactor = 0.2;
    this.info = this.add.text(10, 10, 'click for bullet time', { fontSize: '16px', color: '#fff' });
    this.input.on('pointerdown', () => {
      this.tweens.timeScale = Phaser.Math.Clamp(this.slowFactor, 0.1, 1);
      this.info.setText('bullet time!');
      this.time.delayedCall(1000, () => { this.tweens.timeScale = 1; this.info.setText('click for bullet time'); });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 380, backgroundColor: '#101018', scene: Blocks });
