// Hold SPACE for slow motion: the bouncing balls, the spinning star and the spawn timer all run at a quarter speed.
class Slow extends Phaser.Scene {
  constructor() { super('slow'); }
  preload() {}
  create() {
    this.balls = this.physics.add.group({ bounceX: 1, bounceY: 1, collideWorldBounds: true });
    for (let i = 0; i < 6; i++) this.balls.add(this.add.circle(100 + i * 110, 200, 14, 0xffca28));
    this.balls.getChildren().forEach((b) => b.body.setVelocity(Phaser.Math.Between(-220, 220), Phaser.Math.Between(-220, 220)));
    this.star = this.add.star(400, 300, 5, 20, 44, 0xffffff);
    this.tweens.add({ targets: this.star, angle: 360, duration: 2000, repeat: -1 });
    this.space = this.input.keyboard.addKey('SPACE');
  }
  setSpeed(scale) {
    this.time.timeScale = scale;
    this.tweens.timeScale = scale;
    this.physics.world.timeScale = scale;
  }
  update() {
    this.setSpeed(this.space.isDown ? 0.25 : 1);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Slow });
