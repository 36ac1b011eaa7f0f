// A loading screen shows a progress bar while the star textures load, then the game starts and stars twinkle.
class Loading extends Phaser.Scene {
  constructor() { super('Loading'); }
  preload() {
    const bar = this.add.rectangle(200, 300, 0, 20, 0x4caf50).setOrigin(0, 0.5);
    this.load.on('progress', (v) => { bar.width = 400 * v; });
    for (let i = 0; i < 3; i++) this.load.image('star' + i, 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==');
  }
  create() {
    this.scene.start('Sky');
  }
}
class Sky extends Phaser.Scene {
  constructor() { super('Sky'); }
  preload() {}
  create() {
    for (let i = 0; i < 40; i++) {
      const s = this.add.star(Phaser.Math.Between(20, 780), Phaser.Math.Between(20, 580), 5, 4, 9, 0xfff59d);
      this.tweens.add({ targets: s, alpha: 0.2, duration: Phaser.Math.Between(400, 900), yoyo: true, repeat: -1 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a', scene: [Loading, Sky] });
