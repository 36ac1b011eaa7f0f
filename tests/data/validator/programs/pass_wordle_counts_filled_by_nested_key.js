// Wordle: type a five-letter guess and press ENTER; letters turn green in the right spot, yellow if the word has more of that letter elsewhere, grey otherwise; six tries to find the word.
const ANSWERS = ['CRANE', 'SLATE', 'PLANT', 'GHOST', 'BRICK', 'LEVER'];
const GREEN = 0x6aaa64, YELLOW = 0xc9b458, GREY = 0x787c7e, EMPTY = 0x222222;

class Wordle extends Phaser.Scene {
  constructor() { super('Wordle'); }

  create() {
    this.answer = Phaser.Utils.Array.GetRandom(ANSWERS);
    this.row = 0;
    this.guess = '';
    this.over = false;
    this.tiles = [];
    for (let r = 0; r < 6; r++) {
      this.tiles.push([]);
      for (let c = 0; c < 5; c++) {
        const x = 240 + c * 80, y = 70 + r * 80;
        const box = this.add.rectangle(x, y, 70, 70, EMPTY).setStrokeStyle(2, 0x555555);
        const letter = this.add.text(x, y, '', { fontSize: '36px', color: '#fff', fontStyle: 'bold' }).setOrigin(0.5);
        this.tiles[r].push({ box, letter });
      }
    }
    this.msg = this.add.text(400, 560, '', { fontSize: '26px', color: '#fff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown', e => this.onKey(e));
  }

  onKey(e) {
    if (this.over) return;
    if (e.key === 'Enter') return this.submit();
    if (e.key === 'Backspace') this.guess = this.guess.slice(0, -1);
    else if (/^[a-z]$/i.test(e.key) && this.guess.length < 5) this.guess += e.key.toUpperCase();
    this.tiles[this.row].forEach((t, i) => t.letter.setText(this.guess[i] || ''));
  }

  score(guess) {
    const result = new Array(5).fill(GREY);
    const left = {};
    for (let i = 0; i < 5; i++) {
      if (guess[i] === this.answer[i]) result[i] = GREEN;
      else left[this.answer[i]] = (left[this.answer[i]] || 0) + 1;
    }
    for (let i = 0; i < 5; i++) {
      if (result[i] !== GREEN && left[guess[i]] > 0) {
        result[i] = YELLOW;
        left[guess[i]]--;
      }
    }
    return result;
  }

  submit() {
    if (this.guess.length !== 5) { this.msg.setText('Not enough letters'); return; }
    const colors = this.score(this.guess);
    colors.forEach((col, i) => this.tiles[this.row][i].box.setFillStyle(col));
    if (this.guess === this.answer) {
      this.over = true;
      this.msg.setText('You got it in ' + (this.row + 1) + '!');
    } else if (this.row === 5) {
      this.over = true;
      this.msg.setText('The word was ' + this.answer);
    } else {
      this.msg.setText('');
    }
    this.row++;
    this.guess = '';
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#121213', scene: Wordle });
