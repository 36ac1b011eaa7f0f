// Two-player ludo-style race round a 28-square loop: players take turns rolling a die with SPACE, each token leaves from its own start square (P1 square 0, P2 square 14), landing on the opponent's square sends that token back to its start, and the first to complete a full lap wins.
const LAP = 28;
const CELL = 60;
const START = [0, 14];
const COLORS = [0xf94144, 0x277da1];

function cellXY(square) {
  let col, row;
  if (square < 8) { col = square; row = 0; }
  else if (square < 14) { col = 7; row = square - 7; }
  else if (square < 22) { col = 21 - square; row = 7; }
  else { col = 0; row = 28 - square; }
  return { x: 190 + col * CELL, y: 90 + row * CELL };
}

class RaceScene extends Phaser.Scene {
  constructor() { super('Race'); }

  create() {
    for (let s = 0; s < LAP; s++) {
      const { x, y } = cellXY(s);
      const home = START.indexOf(s);
      this.add.rectangle(x, y, CELL - 4, CELL - 4, home === -1 ? 0xe9ecef : COLORS[home], home === -1 ? 1 : 0.35);
      this.add.text(x - 24, y - 26, s, { fontSize: '12px', color: '#555' });
    }
    this.progress = [0, 0];
    this.turn = 0;
    this.busy = false;
    this.tokens = COLORS.map((c, i) => {
      const { x, y } = cellXY(START[i]);
      return this.add.circle(x + (i ? 10 : -10), y + 6, 14, c).setStrokeStyle(3, 0x000000);
    });
    this.dieText = this.add.text(400, 300, '-', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 370, '', { fontSize: '20px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', this.roll, this);
    this.showTurn();
  }

  squareOf(p) {
    return (START[p] + this.progress[p]) % LAP;
  }

  showTurn(extra = '') {
    this.info.setText(`${extra}Player ${this.turn + 1}: press SPACE to roll`).setColor(this.turn ? '#90e0ef' : '#ff8fa3');
  }

  roll() {
    if (this.busy || this.winner !== undefined) return;
    const p = this.turn;
    const value = Phaser.Math.Between(1, 6);
    this.dieText.setText(value);
    this.busy = true;
    this.progress[p] = Math.min(LAP, this.progress[p] + value);
    this.moveToken(p, () => this.land(p));
  }

  moveToken(p, onDone) {
    const { x, y } = cellXY(this.squareOf(p));
    this.tweens.add({
      targets: this.tokens[p], x: x + (p ? 10 : -10), y: y + 6, duration: 300, ease: 'Quad.easeInOut', onComplete: onDone
    });
  }

  land(p) {
    const other = 1 - p;
    let note = '';
    if (this.progress[p] >= LAP) {
      this.winner = p;
      this.info.setText(`Player ${p + 1} completes the lap and wins!`);
      return;
    }
    if (this.progress[other] > 0 && this.progress[other] === this.progress[p]) {
      this.progress[other] = 0;
      this.moveToken(other);
      note = `Player ${p + 1} sends Player ${other + 1} home! `;
    }
    this.turn = other;
    this.busy = false;
    this.showTurn(note);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#343a40', scene: [RaceScene] });
