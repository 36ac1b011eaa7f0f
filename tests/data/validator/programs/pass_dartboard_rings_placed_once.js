// Dartboard: rings drawn by a Graphics placed at the board's centre; click to throw a dart
const BOARD_X = 600, BOARD_Y = 320;
class DartScene extends Phaser.Scene {
  constructor() { super('darts'); }
  create() {
    this.board = this.add.graphics();
    this.drawBoard();
    this.score = 0;
    this.scoreText = this.add.text(20, 20, 'Score: 0', { fontSize: '24px', color: '#fff' });
    this.input.on('pointerdown', (p) => {
      const d = Phaser.Math.Distance.Between(p.x, p.y, BOARD_X, BOARD_Y);
      const pts = d < 20 ? 50 : d < 60 ? 25 : d < 110 ? 10 : d < 160 ? 5 : 0;
      this.score += pts;
      this.scoreText.setText('Score: ' + this.score);
      this.add.circle(p.x, p.y, 4, 0x000000);
    });
  }
  drawBoard() {
    const g = this.board;
    const colours = [0x1b5e20, 0xf5f5dc, 0xb71c1c, 0xffd600];
    [160, 110, 60, 20].forEach((r, i) => {
      g.fillStyle(colours[i], 1);
      g.fillCircle(BOARD_X, BOARD_Y, r);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: DartScene });
