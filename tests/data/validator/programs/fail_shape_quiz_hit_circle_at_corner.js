// Click the circle! Three shapes are shown; clicking the circle scores a point
class Quiz extends Phaser.Scene {
  constructor() { super('quiz'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x4fc3f7).fillCircle(50, 50, 48).generateTexture('round', 100, 100);
    g.clear().fillStyle(0xffb74d).fillRect(0, 0, 100, 100).generateTexture('box', 100, 100);
    this.score = 0;
    this.text = this.add.text(10, 10, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    const round = this.add.image(180, 200, 'round');
    round.setInteractive(new Phaser.Geom.Circle(0, 0, 48), Phaser.Geom.Circle.Contains);
    round.on('pointerdown', () => this.text.setText('Score: ' + (++this.score)));
    this.add.image(420, 200, 'box');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Quiz });
