// Tic-tac-toe status line: says whose turn it is, or who won, or that it is a draw
class Status extends Phaser.Scene {
  constructor() { super('status'); }
  create() {
    this.result = null;
    this.turn = 'X';
    this.status = this.add.text(300, 40, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', () => {
      this.turn = this.turn === 'X' ? 'O' : 'X';
      if (Phaser.Math.Between(0, 5) === 0) this.result = { mark: Phaser.Math.Between(0, 1) ? 'draw' : this.turn };
      this.render();
    });
    this.render();
  }
  render() {
    if (!this.result) {
      this.status.setText(this.turn === 'X' ? 'Your turn (X)' : 'Computer thinking...');
      return;
    }
    if (this.result.mark === 'draw') {
      this.status.setText('Draw!');
    } else {
      this.status.setText(this.result.mark + ' wins!');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Status });
