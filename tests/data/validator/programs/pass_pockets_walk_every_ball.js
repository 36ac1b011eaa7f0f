// Knock the balls around with the mouse; a ball that rolls into a corner pocket is potted and the count goes up
class Table extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0xffffff).fillCircle(12, 12, 12);
    g.generateTexture('ball', 24, 24).destroy();
    this.pockets = [[30, 30], [770, 30], [30, 570], [770, 570]];
    this.pockets.forEach(([x, y]) => this.add.circle(x, y, 26, 0x000000));
    this.balls = this.physics.add.group({ key: 'ball', repeat: 7, setXY: { x: 250, y: 300, stepX: 40 } });
    this.balls.children.iterate((ball) => ball.setBounce(0.9).setCollideWorldBounds(true).setDrag(40));
    this.physics.add.collider(this.balls, this.balls);
    this.potted = 0;
    this.info = this.add.text(300, 16, 'Potted: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => this.balls.getChildren().forEach((b) => this.physics.moveTo(b, p.x, p.y, 500)));
  }
  pot(ball) {
    if (!this.pockets.some(([x, y]) => Phaser.Math.Distance.Between(x, y, ball.x, ball.y) < 30)) return false;
    ball.disableBody(true, true);
    this.potted += 1;
    this.info.setText('Potted: ' + this.potted);
    return true;
  }
  update() {
    this.balls.getChildren().forEach((ball) => ball.active && this.pot(ball));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Table });
