// The spin tween is added before the star it should turn exists: its targets are undefined and nothing turns.
class StarScene extends Phaser.Scene {
  constructor() { super('star'); }
  preload() {}
  create() {
    this.tweens.add({ targets: this.star, angle: 360, duration: 2000, repeat: -1 });
    this.star = this.add.star(400, 300, 5, 40, 100, 0xffd60a);
    this.add.text(16, 16, 'Spinning star', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#001d3d', scene: StarScene });
