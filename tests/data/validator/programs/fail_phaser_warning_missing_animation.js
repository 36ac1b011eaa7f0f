// The walk animation is created under the key 'walking' but played as 'walk': Phaser only logs "Missing animation"
// and the sprite never animates.
class WalkScene extends Phaser.Scene {
  constructor() { super('walk'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    ['#ff595e', '#ffca3a', '#8ac926', '#1982c4'].forEach((c, i) => {
      g.fillStyle(Phaser.Display.Color.HexStringToColor(c).color, 1);
      g.fillRect(i * 32, 0, 32, 32);
    });
    g.generateTexture('strip', 128, 32);
    g.destroy();
    const texture = this.textures.get('strip');
    for (let i = 0; i < 4; i++) texture.add(i, 0, i * 32, 0, 32, 32);
    this.anims.create({ key: 'walking', frames: this.anims.generateFrameNumbers('strip', { frames: [0, 1, 2, 3] }), frameRate: 8, repeat: -1 });
    this.hero = this.add.sprite(400, 300, 'strip', 0).setScale(3);
    this.hero.play('walk');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2b2d42', scene: WalkScene });
