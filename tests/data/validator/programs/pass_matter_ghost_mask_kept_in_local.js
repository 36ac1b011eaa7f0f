// Matter: a ball rolls between the walls; press G to turn ghost mode on and off (in ghost mode it passes the red gates)
const CAT_WALL = 1;
class Ghost extends Phaser.Scene {
  constructor() { super('ghost'); }
  create() {
    this.matter.world.setBounds(0, 0, 480, 320);
    this.CAT_GATE = this.matter.world.nextCategory();
    this.CAT_BALL = this.matter.world.nextCategory();
    for (let i = 0; i < 3; i++) {
      const gate = this.matter.add.rectangle(140 + i * 100, 240, 12, 160, { isStatic: true });
      gate.collisionFilter.category = this.CAT_GATE;
    }
    this.ball = this.matter.add.image(40, 200, null).setCircle(14).setBounce(0.8).setFrictionAir(0);
    this.ball.setCollisionCategory(this.CAT_BALL);
    this.ghost = false;
    this.applyMask();
    this.ball.setVelocity(6, -2);
    this.info = this.add.text(10, 10, 'ghost: off', { fontSize: '16px', color: '#fff' });
    this.input.keyboard.on('keydown-G', () => {
      this.ghost = !this.ghost;
      this.applyMask();
      this.info.setText('ghost: ' + (this.ghost ? 'on' : 'off'));
    });
  }
  applyMask() {
    const mask = this.ghost ? [CAT_WALL] : [CAT_WALL, this.CAT_GATE];
    this.ball.setCollidesWith(mask);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 320, backgroundColor: '#202020',
  physics: { default: 'matter', matter: { gravity: { y: 0.5 }, debug: true } }, scene: Ghost });
