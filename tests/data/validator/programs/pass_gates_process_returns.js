// Colour gates: the ball falls through bars of the other colour and lands on bars of its own; C switches its colour
class Gates extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillRect(0, 0, 160, 20).generateTexture('bar', 160, 20);
    g.clear().fillStyle(0xffffff).fillCircle(12, 12, 12).generateTexture('ball', 24, 24);
    g.destroy();
    this.bars = this.physics.add.staticGroup();
    ['red', 'blue', 'red'].forEach((c, i) => this.bars.create(400, 200 + i * 130, 'bar').setTint(c === 'red' ? 0xff4444 : 0x4466ff).setData('colour', c));
    this.ball = this.physics.add.image(400, 60, 'ball').setTint(0x4466ff).setData('colour', 'blue');
    this.ball.setCollideWorldBounds(true);
    this.physics.add.collider(this.ball, this.bars, null, (ball, bar) => {
      const same = ball.getData('colour') === bar.getData('colour');
      bar.setAlpha(same ? 1 : 0.5);
      return same;
    });
    this.input.keyboard.on('keydown-C', () => {
      const next = this.ball.getData('colour') === 'red' ? 'blue' : 'red';
      this.ball.setData('colour', next).setTint(next === 'red' ? 0xff4444 : 0x4466ff);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Gates });
