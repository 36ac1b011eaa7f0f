// Maze muncher: eat the pellets for 10 points each
class MunchScene extends Phaser.Scene {
  constructor() { super('munch'); }
  create() {
    this.score = 0;
    this.muncher = this.add.circle(100, 300, 16, 0xffeb3b);
    this.physics.add.existing(this.muncher);
    this.pellets = this.physics.add.staticGroup();
    for (let i = 0; i < 12; i++) this.pellets.add(this.add.circle(160 + i * 50, 300, 5, 0xffffff));
    this.physics.add.overlap(this.muncher, this.pellets, (muncher, pellet) => {
      this.pellets.killAndHide(pellet);
      this.score += 10;
      this.scoreText.setText('Score ' + this.score);
    });
    this.scoreText = this.add.text(20, 20, 'Score 0', { fontSize: '22px', color: '#fff' });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.muncher.body.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', physics: { default: 'arcade' }, scene: MunchScene });
