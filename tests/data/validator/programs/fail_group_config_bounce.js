// Six bouncy balls fly around the box and bounce off the walls and each other forever.
class BoxScene extends Phaser.Scene {
  constructor() { super('box'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffca28).fillCircle(12, 12, 12).generateTexture('ball', 24, 24);
    g.destroy();
  }
  create() {
    this.balls = this.physics.add.group({ bounce: 1, collideWorldBounds: true });
    for (let i = 0; i < 6; i++) {
      const ball = this.balls.create(100 + i * 110, 200 + (i % 3) * 80, 'ball');
      ball.setCircle(12);
      ball.setVelocity(Phaser.Math.Between(-200, 200), Phaser.Math.Between(-200, 200));
    }
    this.physics.add.collider(this.balls, this.balls);
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } }, scene: BoxScene });
