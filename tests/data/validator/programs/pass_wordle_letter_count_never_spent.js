// Five-letter word guess (Wordle style): type a guess and press Enter; each tile flips with a tween to show green for the right letter in the right spot, yellow for a letter that is in the word elsewhere (never more yellows than the word has of that letter) and grey otherwise; six tries.
const ANSWERS = ['CRANE', 'PLANT', 'GHOST', 'BRICK', 'MOUSE', 'STORM', 'LIGHT', 'FROST'];
const TILE = 62;
const GAP = 8;
const COLORS = { correct: 0x6aaa64, present: 0xc9b458, absent: 0x3a3a3c };

class WordScene extends Phaser.Scene {
  constructor() {
    super('Words');
  }

  create() {
    this.answer = Phaser.Utils.Array.GetRandom(ANSWERS);
    this.row = 0;
    this.current = '';
    this.results = [];
    this.busy = false;
    this.over = false;

    const left = 400 - (5 * TILE + 4 * GAP) / 2 + TILE / 2;
    this.tiles = [];
    for (let r = 0; r < 6; r++) {
      this.tiles.push([]);
      for (let c = 0; c < 5; c++) {
        const x = left + c * (TILE + GAP);
        const y = 70 + r * (TILE + GAP);
        const box = this.add.rectangle(x, y, TILE, TILE, 0x121213).setStrokeStyle(2, 0x565758);
        const letter = this.add.text(x, y, '', { fontFamily: 'Arial', fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
        this.tiles[r].push({ box, letter });
      }
    }
    this.message = this.add.text(400, 500, 'Type a word and press Enter', { fontSize: '22px', color: '#d7dadc' }).setOrigin(0.5);
    this.input.keyboard.on('keydown', this.onKey, this);
  }

  onKey(event) {
    if (this.busy || this.over) return;
    if (event.key === 'Enter') return this.submit();
    if (event.key === 'Backspace') this.current = this.current.slice(0, -1);
    else if (/^[a-z]$/i.test(event.key) && this.current.length < 5) this.current += event.key.toUpperCase();
    this.tiles[this.row].forEach((t, i) => t.letter.setText(this.current[i] || ''));
  }

  score(guess) {
    const result = Array(5).fill('absent');
    const left = {};
    for (let i = 0; i < 5; i++) {
      if (guess[i] === this.answer[i]) result[i] = 'correct';
      else left[this.answer[i]] = (left[this.answer[i]] || 0) + 1;
    }
    for (let i = 0; i < 5; i++) {
      if (result[i] !== 'correct' && left[guess[i]] > 0) {
        result[i] = 'present';
        left[guess[i]]--;
      }
    }
    return result;
  }

  submit() {
    if (this.current.length < 5) {
      this.message.setText('Not enough letters');
      return;
    }
    const guess = this.current;
    const result = this.score(guess);
    this.results.push({ guess, result });
    this.busy = true;
    this.tiles[this.row].forEach((t, i) => {
      this.tweens.add({
        targets: [t.box, t.letter], scaleY: 0, duration: 160, delay: i * 180, yoyo: true,
        onYoyo: () => t.box.setFillStyle(COLORS[result[i]]).setStrokeStyle(2, COLORS[result[i]])
      });
    });
    this.time.delayedCall(5 * 180 + 360, () => {
      this.busy = false;
      this.row++;
      this.current = '';
      if (guess === this.answer) {
        this.over = true;
        this.message.setText(`Brilliant! Solved in ${this.row}`);
      } else if (this.row === 6) {
        this.over = true;
        this.message.setText(`The word was ${this.answer}`);
      } else {
        this.message.setText(`${6 - this.row} tries left`);
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 540,
  backgroundColor: '#121213',
  scene: WordScene
});
