// Pig for two players: SPACE rolls a die (a 1 loses the turn total), H banks the turn total; first to 30 wins
class Pig extends Phaser.Scene {
  create() {
    this.totals = [0, 0];
    this.player = 0;
    this.pot = 0;
    this.rolls = 0;
    this.info = this.add.text(40, 40, '', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => this.roll());
    this.input.keyboard.on('keydown-H', () => this.bank());
    this.show();
  }
  roll() {
    const face = 2 + (this.rolls++ % 5);
    this.pot += face;
    this.show();
  }
  bank() {
    this.totals[this.player] += this.pot;
    const total = this.totals[this.player];
    this.pot = 0;
    if (total >= 30) this.info.setText(`Player ${this.player + 1} wins`);
    else { this.player = 1 - this.player; this.show(); }
  }
  show() {
    this.info.setText(`P1 ${this.totals[0]}  P2 ${this.totals[1]}  turn: P${this.player + 1}  pot ${this.pot}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pig });
