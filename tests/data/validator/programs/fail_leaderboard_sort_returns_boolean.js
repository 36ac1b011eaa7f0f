// Leaderboard: press SPACE to finish a run with a random score; the top 5 scores are kept highest first and shown
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  create() {
    this.scores = [120, 300, 80];
    this.rows = [];
    for (let i = 0; i < 5; i++) this.rows.push(this.add.text(300, 160 + i * 48, '', { fontSize: '28px', color: '#ffffff' }));
    this.add.text(300, 90, 'TOP 5', { fontSize: '36px', color: '#ffd54f' });
    this.show();
    this.input.keyboard.on('keydown-SPACE', () => {
      this.scores.push(Phaser.Math.Between(10, 500));
      this.scores.sort((a, b) => a < b);
      this.scores = this.scores.slice(0, 5);
      this.show();
    });
  }
  show() {
    this.rows.forEach((row, i) => row.setText(this.scores[i] !== undefined ? `${i + 1}. ${this.scores[i]}` : ''));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: Board });
