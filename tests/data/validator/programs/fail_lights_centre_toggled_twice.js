// Lights Out on a 5x5 grid: clicking a light toggles it and its four orthogonal neighbours, the move count is shown, and turning every light off shows a win message.
const SIZE = 5;
const CELL = 80;
const GAP = 8;
const START = ['.#.#.', '#####', '..#.#', '#.###', '##..#'];
const AROUND = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]];

class LightsOut extends Phaser.Scene {
  constructor() {
    super({ key: 'LightsOut' });
  }

  create() {
    this.moves = 0;
    this.solved = false;
    const boardSize = SIZE * CELL + (SIZE - 1) * GAP;
    this.board = this.add.container((this.scale.width - boardSize) / 2, 90);
    this.lights = [];
    for (let r = 0; r < SIZE; r++) {
      this.lights[r] = [];
      for (let c = 0; c < SIZE; c++) {
        const lamp = this.add.rectangle(c * (CELL + GAP), r * (CELL + GAP), CELL, CELL, 0x000000)
          .setOrigin(0)
          .setStrokeStyle(2, 0x111111)
          .setInteractive({ useHandCursor: true });
        lamp.on('pointerdown', () => this.press(c, r));
        this.board.add(lamp);
        this.lights[r][c] = { lamp, on: false };
        this.setLight(c, r, START[r][c] === '#');
      }
    }
    this.movesText = this.add.text(20, 20, 'Moves: 0', { fontSize: '24px', color: '#ffffff' });
    this.winText = this.add.text(this.scale.width / 2, 50, '', { fontSize: '28px', color: '#ffe066' }).setOrigin(0.5);
  }

  setLight(c, r, on) {
    const light = this.lights[r][c];
    light.on = on;
    light.lamp.setFillStyle(on ? 0xffd54a : 0x2d3440);
  }

  flip(c, r) {
    if (c < 0 || r < 0 || c >= SIZE || r >= SIZE) return;
    this.setLight(c, r, !this.lights[r][c].on);
    this.tweens.add({ targets: this.lights[r][c].lamp, alpha: { from: 0.6, to: 1 }, duration: 120 });
  }

  press(c, r) {
    if (this.solved) return;
    this.flip(c, r);
    AROUND.forEach(([dc, dr]) => this.flip(c + dc, r + dr));
    this.moves += 1;
    this.movesText.setText(`Moves: ${this.moves}`);
    const anyOn = this.lights.some(row => row.some(light => light.on));
    if (!anyOn) {
      this.solved = true;
      this.winText.setText(`All dark in ${this.moves} moves!`);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 560,
  height: 560,
  backgroundColor: '#161a22',
  scene: [LightsOut]
});
