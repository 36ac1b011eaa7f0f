// The collider is set up before the platforms exist: it gets undefined as its second object and never collides, so
// the player falls through the floor. Phaser says nothing.
class PlatformScene extends Phaser.Scene {
  constructor() { super('platforms'); }
  preload() {}
  create() {
    this.player = this.add.rectangle(400, 100, 32, 48, 0xffbe0b);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, this.platforms);
    this.platforms = this.physics.add.staticGroup();
    [[400, 580, 800], [200, 420, 200], [600, 300, 200]].forEach(([x, y, w]) => {
      const p = this.add.rectangle(x, y, w, 24, 0x8338ec);
      this.platforms.add(p);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0b0c10',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: PlatformScene });
