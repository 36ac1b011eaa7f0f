// Snakes and ladders for two players: press SPACE to roll the die, the current player's token moves that many squares, ladders lift it and snakes drop it, turns alternate, and landing exactly on 100 wins.
const CELL = 50;
const BOARD_X = 40;
const BOARD_Y = 40;
const JUMPS = { 4: 14, 9: 31, 21: 42, 28: 84, 51: 67, 72: 91, 80: 99, 17: 7, 54: 34, 62: 19, 64: 60, 87: 36, 93: 73, 95: 75, 98: 79 };
const PLAYER_COLORS = [0xef476f, 0x118ab2];

class SnakesAndLadders extends Phaser.Scene {
  constructor() {
    super('SnakesAndLadders');
  }

  init() {
    this.positions = [0, 0];
    this.turn = 0;
    this.isRolling = false;
    this.winner = null;
  }

  create() {
    const g = this.add.graphics();
    for (let n = 1; n <= 100; n++) {
      const { x, y } = this.squareXY(n);
      g.fillStyle((n % 2) ? 0xf1faee : 0xa8dadc, 1).fillRect(x - CELL / 2, y - CELL / 2, CELL, CELL);
      this.add.text(x - CELL / 2 + 3, y - CELL / 2 + 2, n, { fontSize: '11px', color: '#333333' });
    }
    Object.entries(JUMPS).forEach(([from, to]) => {
      const a = this.squareXY(Number(from));
      const b = this.squareXY(to);
      g.lineStyle(5, to > from ? 0x2a9d8f : 0xe63946, 0.8).lineBetween(a.x, a.y, b.x, b.y);
    });

    this.tokens = PLAYER_COLORS.map((color, i) => this.add.circle(BOARD_X - 25, BOARD_Y + 9.5 * CELL - i * 20, 12, color).setStrokeStyle(2, 0x000000));
    this.dieText = this.add.text(680, 200, '-', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.turnText = this.add.text(680, 120, '', { fontSize: '22px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.add.text(680, 300, 'SPACE: roll\nR: restart', { fontSize: '18px', color: '#cccccc', align: 'center' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-SPACE', () => this.roll());
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  squareXY(n) {
    const row = Math.floor((n - 1) / 10);
    const colInRow = (n - 1) % 10;
    const col = row % 2 === 0 ? colInRow : 9 - colInRow;
    return { x: BOARD_X + col * CELL + CELL / 2, y: BOARD_Y + (9 - row) * CELL + CELL / 2 };
  }

  roll() {
    if (this.isRolling || this.winner !== null) return;
    this.isRolling = true;
    const value = Phaser.Math.Between(1, 6);
    this.dieText.setText(value);

    const player = this.turn;
    const landing = this.positions[player] + value;
    if (landing > 100) {
      this.endTurn();
      return;
    }
    const final = JUMPS[landing] || landing;
    this.positions[player] = final;
    if (final === 100) this.winner = player;

    const steps = [{ ...this.squareXY(landing), duration: 350, ease: 'Quad.easeOut' }];
    if (final !== landing) steps.push({ ...this.squareXY(final), duration: 450, delay: 150, ease: 'Sine.easeInOut' });
    this.tweens.chain({ targets: this.tokens[player], tweens: steps, onComplete: () => this.endTurn() });
  }

  endTurn() {
    this.isRolling = false;
    if (this.winner === null) this.turn = 1 - this.turn;
  }

  update() {
    const names = ['Red', 'Blue'];
    if (this.winner !== null) this.turnText.setText(`${names[this.winner]} wins!`);
    else this.turnText.setText(`${names[this.turn]}'s turn\nRed ${this.positions[0]}  Blue ${this.positions[1]}`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#264653', scene: SnakesAndLadders });
