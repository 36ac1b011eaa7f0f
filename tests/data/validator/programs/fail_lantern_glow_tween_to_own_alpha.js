// Lantern: the lantern's glow pulses slowly (fades in and out) forever
class Lantern extends Phaser.Scene {
  constructor() { super('lantern'); }
  create() {
    this.add.rectangle(300, 230, 40, 60, 0x5d4037);
    const glow = this.add.circle(300, 200, 70, 0xffca28).setAlpha(0.6);
    this.tweens.add({ targets: glow, alpha: 0.6, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#0d1b2a', scene: Lantern });
