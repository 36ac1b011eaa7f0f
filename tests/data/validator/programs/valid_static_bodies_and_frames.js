// Static bodies kept in step with their objects (refreshBody after a scale or a move, a body sized on purpose), and
// frames of a texture the program cut into frames itself.
class LevelScene extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6a994e, 1).fillRect(0, 0, 400, 32);
    g.generateTexture('ground', 400, 32);
    g.clear();
    g.fillStyle(0xff595e, 1).fillRect(0, 0, 16, 16).fillStyle(0x1982c4, 1).fillRect(16, 0, 16, 16);
    g.generateTexture('tiles', 32, 16);
    g.destroy();
    const tex = this.textures.get('tiles');
    tex.add(0, 0, 0, 0, 16, 16);
    tex.add(1, 0, 16, 0, 16, 16);
    this.platforms = this.physics.add.staticGroup();
    this.platforms.create(400, 584, 'ground').setScale(2).refreshBody();
    const ledge = this.platforms.create(0, 0, 'ground');
    ledge.setPosition(600, 400).refreshBody();
    const wall = this.add.rectangle(780, 300, 40, 600, 0x3a5a40);
    this.physics.add.existing(wall, true);
    wall.body.setSize(30, 600);
    this.add.sprite(100, 100, 'tiles', 1).setScale(3);
    this.ball = this.add.circle(400, 100, 14, 0xffffff);
    this.physics.add.existing(this.ball);
    this.ball.body.setBounce(0.6);
    this.physics.add.collider(this.ball, this.platforms);
    this.physics.add.collider(this.ball, wall);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#344e41',
  physics: { default: 'arcade', arcade: { gravity: { y: 400 } } }, scene: LevelScene });
