// Balls fall with gravity; press the arrow keys to turn gravity toward that side
class GravityBox extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0xffcc33).fillCircle(10, 10, 10);
    g.generateTexture('ball', 20, 20).destroy();
    this.balls = this.physics.add.group({ key: 'ball', repeat: 11, setXY: { x: 120, y: 100, stepX: 50 } });
    this.balls.children.iterate((ball) => ball.setBounce(0.4).setCollideWorldBounds(true));
    this.label = this.add.text(16, 16, 'Gravity: down', { fontSize: '20px', color: '#ffffff' });
    const sides = { LEFT: [-600, 0], RIGHT: [600, 0], UP: [0, -600], DOWN: [0, 600] };
    for (const [key, [x, y]] of Object.entries(sides)) {
      this.input.keyboard.on('keydown-' + key, () => {
        const gravity = this.physics.world.gravity;
        gravity.x = x;
        gravity.y = y;
        this.label.setText('Gravity: ' + key.toLowerCase());
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 600 } } }, scene: GravityBox });
