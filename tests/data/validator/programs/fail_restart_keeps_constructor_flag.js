// `dead` is set in the constructor, which runs once: after the first restart the round is over before it starts
class Round extends Phaser.Scene {
  constructor() {
    super('round');
    this.dead = false;
  }

  preload() {}

  create() {
    this.ball = this.add.circle(100, 300, 16, 0xffaa00);
    this.input.on('pointerdown', () => {
      if (this.dead) this.scene.start('round');
    });
    this.time.delayedCall(800, () => { this.dead = true; });
  }

  update() {
    if (this.dead) return;
    this.ball.x += 3;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Round });
