// Click to throw the ball towards the pointer (Matter): the throw speed is in pixels a step
const MAX_PULL = 200;
const THROW_SPEED = 14;

class Throw extends Phaser.Scene {
  constructor() { super('throw'); }
  preload() {}
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    const ball = this.add.circle(150, 560, 18, 0xffaa22);
    this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 18 } });
    this.input.on('pointerdown', (pointer) => this.throwBall(ball, pointer));
  }
  throwBall(ball, pointer) {
    const pull = new Phaser.Math.Vector2(pointer.x - ball.x, pointer.y - ball.y);
    const stretch = Math.min(pull.length(), MAX_PULL) / MAX_PULL;
    const velocity = pull.normalize().scale(THROW_SPEED * stretch);
    ball.setVelocity(velocity.x, velocity.y);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#203040', physics: { default: 'matter' }, scene: Throw });
