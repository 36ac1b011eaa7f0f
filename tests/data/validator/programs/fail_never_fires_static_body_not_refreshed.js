// The ground is scaled after its static body was made, without refreshBody(): the body keeps the small size of the
// unscaled image in the middle of the floor, so the player falls through the rest of it.
class PlatformScene extends Phaser.Scene {
  constructor() { super('platforms'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6a994e, 1).fillRect(0, 0, 400, 32);
    g.generateTexture('ground', 400, 32);
    g.fillStyle(0xf2e8cf, 1).fillRect(0, 0, 32, 48);
    g.generateTexture('dude', 32, 48);
    g.destroy();
    this.platforms = this.physics.add.staticGroup();
    this.platforms.create(400, 584, 'ground').setScale(2);
    this.player = this.physics.add.sprite(100, 400, 'dude');
    this.player.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.platforms);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#386641',
  physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: PlatformScene });
