// Dice game: Space rolls every die that is not held (at most 3 rolls per turn) and clicking a die holds or releases it (held dice get a yellow frame). Enter banks the turn: 40 points for a large straight (five in a row), 30 for a small straight (four in a row, which still counts with a repeated die such as 2-3-3-4-5), otherwise the sum of the dice. After 5 turns the final total is shown and R starts a new game.
const DIE = 90;

function longestRun(values) {
  const uniq = [...new Set(values)].sort((a, b) => a - b);
  let best = 1;
  let run = 1;
  for (let i = 1; i < uniq.length; i++) {
    run = uniq[i] === uniq[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

function scoreOf(values) {
  const run = longestRun(values);
  if (run >= 5) return { label: 'Large straight', points: 40 };
  if (run >= 4) return { label: 'Small straight', points: 30 };
  return { label: 'Sum', points: values.reduce((a, b) => a + b, 0) };
}

class DiceTable extends Phaser.Scene {
  constructor() {
    super('dice');
  }

  create() {
    this.cameras.main.setBackgroundColor('#145a32');
    this.values = [1, 1, 1, 1, 1];
    this.held = [false, false, false, false, false];
    this.rolls = 0;
    this.turn = 1;
    this.total = 0;
    this.over = false;

    this.dice = this.values.map((v, i) => {
      const x = 160 + i * 120;
      const box = this.add.rectangle(x, 260, DIE, DIE, 0xfdfefe).setStrokeStyle(6, 0x145a32).setInteractive();
      const txt = this.add.text(x, 260, '', { fontSize: '48px', color: '#222222' }).setOrigin(0.5);
      box.on('pointerdown', () => {
        if (this.over || this.rolls === 0) return;
        this.held[i] = !this.held[i];
        this.redraw();
      });
      return { box, txt };
    });

    this.info = this.add.text(400, 90, '', { fontSize: '26px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.scoreLine = this.add.text(400, 400, '', { fontSize: '28px', color: '#f9e79f' }).setOrigin(0.5);
    this.add.text(400, 550, 'Space: roll   click: hold   Enter: bank   R: new game', { fontSize: '18px', color: '#d5f5e3' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-SPACE', () => this.roll());
    this.input.keyboard.on('keydown-ENTER', () => this.bank());
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.redraw();
  }

  roll() {
    if (this.over || this.rolls >= 3) return;
    this.values = this.values.map((v, i) => (this.held[i] ? v : Phaser.Math.Between(1, 6)));
    this.rolls++;
    this.redraw();
  }

  bank() {
    if (this.over || this.rolls === 0) return;
    this.total += scoreOf(this.values).points;
    if (this.turn === 5) {
      this.over = true;
    } else {
      this.turn++;
      this.rolls = 0;
      this.held = [false, false, false, false, false];
    }
    this.redraw();
  }

  redraw() {
    this.dice.forEach((d, i) => {
      d.txt.setText(this.rolls > 0 || this.over ? String(this.values[i]) : '?');
      d.box.setStrokeStyle(6, this.held[i] ? 0xf1c40f : 0x145a32);
    });
    if (this.over) {
      this.info.setText('Game over\nFinal total: ' + this.total);
      this.scoreLine.setText('Press R to play again');
      return;
    }
    this.info.setText('Turn ' + this.turn + ' / 5   Rolls left: ' + (3 - this.rolls) + '\nTotal: ' + this.total);
    if (this.rolls === 0) {
      this.scoreLine.setText('Press Space to roll');
    } else {
      const s = scoreOf(this.values);
      this.scoreLine.setText(s.label + ': ' + s.points + ' points');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: DiceTable
};

new Phaser.Game(config);
