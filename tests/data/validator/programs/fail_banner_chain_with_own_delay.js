// A banner slides in after half a second, waits, then slides out again; the chain runs once.
class Banner extends Phaser.Scene {
  constructor() { super('banner'); }
  preload() {}
  create() {
    const banner = this.add.text(-300, 280, 'LEVEL 1', { fontSize: '48px', color: '#ffffff' });
    this.tweens.chain({
      delay: 500,
      tweens: [
        { targets: banner, x: 300, duration: 600, ease: 'Cubic.easeOut' },
        { targets: banner, x: 900, duration: 600, delay: 800, ease: 'Cubic.easeIn' }
      ]
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Banner });
