// Mini maze: walls made from one plank texture, the vertical ones turned 90 degrees; reach the star
class MazeScene extends Phaser.Scene {
  constructor() { super('maze'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8d6e63).fillRect(0, 0, 240, 20).generateTexture('plank', 240, 20);
    g.clear().fillStyle(0x4fc3f7).fillCircle(14, 14, 14).generateTexture('ball', 28, 28);
    g.clear().fillStyle(0xffd54f).fillCircle(12, 12, 12).generateTexture('star', 24, 24);
    g.destroy();
  }
  create() {
    this.walls = this.physics.add.staticGroup();
    // horizontal planks
    [[200, 150], [560, 300], [240, 450]].forEach(([x, y]) => this.walls.create(x, y, 'plank'));
    // vertical planks: the same texture turned
    [[420, 160], [120, 330], [680, 470]].forEach(([x, y]) => this.walls.create(x, y, 'plank').setAngle(90).refreshBody());
    this.ball = this.physics.add.image(60, 60, 'ball').setCollideWorldBounds(true);
    this.star = this.physics.add.staticImage(740, 560, 'star');
    this.physics.add.collider(this.ball, this.walls);
    this.physics.add.overlap(this.ball, this.star, () => { this.msg.setText('You made it!'); });
    this.msg = this.add.text(16, 560, 'Arrow keys to roll to the star', { fontSize: '18px', color: '#ffffff' });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const k = this.keys, v = 200;
    this.ball.setVelocity((k.left.isDown ? -v : 0) + (k.right.isDown ? v : 0), (k.up.isDown ? -v : 0) + (k.down.isDown ? v : 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b2631', physics: { default: 'arcade' }, scene: MazeScene });
