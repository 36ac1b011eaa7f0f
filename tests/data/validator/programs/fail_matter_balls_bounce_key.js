// Bouncy balls (Matter): click to drop a ball; the balls are very bouncy and keep bouncing on the floor
class Balls extends Phaser.Scene {
  constructor() { super('balls'); }
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.count = 0;
    this.label = this.add.text(16, 16, 'Balls: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (pointer) => {
      const ball = this.add.circle(pointer.worldX, pointer.worldY, 18, 0xff7043);
      this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 18 }, bounce: 0.9, friction: 0.01 });
      this.count += 1;
      this.label.setText('Balls: ' + this.count);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Balls });
