// One-row 2048: swipe or press Left/Right to slide four tiles, equal neighbours merge once into their sum (added to the score), every move that changes the row adds a new 2, the game ends when no move can change the row, and a tap restarts.
const CELL = 90;
const GAP = 12;
const ROW_Y = 300;
const COLORS = { 2: 0xeee4da, 4: 0xede0c8, 8: 0xf2b179, 16: 0xf59563, 32: 0xf67c5f, 64: 0xf65e3b, 128: 0xedcf72, 256: 0xedcc61, 512: 0xedc850 };

class RowScene extends Phaser.Scene {
  constructor() {
    super('Row');
  }

  create() {
    this.row = [0, 0, 0, 0];
    this.score = 0;
    this.over = false;
    const left = (this.scale.width - (4 * CELL + 3 * GAP)) / 2 + CELL / 2;
    this.add.rectangle(this.scale.width / 2, ROW_Y, 4 * CELL + 5 * GAP, CELL + 2 * GAP, 0xbbada0);
    this.tiles = [];
    for (let i = 0; i < 4; i++) {
      const x = left + i * (CELL + GAP);
      this.add.rectangle(x, ROW_Y, CELL, CELL, 0xcdc1b4);
      const bg = this.add.rectangle(x, ROW_Y, CELL, CELL, COLORS[2]).setVisible(false);
      const label = this.add.text(x, ROW_Y, '', { fontSize: '34px', color: '#776e65', fontStyle: 'bold' }).setOrigin(0.5);
      this.tiles.push({ bg, label });
    }
    this.scoreText = this.add.text(20, 20, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
    this.message = this.add.text(this.scale.width / 2, 430, 'Swipe or use the arrow keys', { fontSize: '22px', color: '#ffffff', align: 'center' }).setOrigin(0.5);

    this.spawn();
    this.spawn();
    this.draw();

    this.input.keyboard.on('keydown-LEFT', () => this.slide(-1));
    this.input.keyboard.on('keydown-RIGHT', () => this.slide(1));
    this.input.on('pointerup', (pointer) => {
      if (this.over) {
        this.scene.restart();
        return;
      }
      const dx = pointer.upX - pointer.downX;
      if (Math.abs(dx) > 40) this.slide(dx > 0 ? 1 : -1);
    });
  }

  spawn() {
    const empty = [];
    this.row.forEach((value, i) => {
      if (value === 0) empty.push(i);
    });
    if (empty.length > 0) this.row[Phaser.Utils.Array.GetRandom(empty)] = 2;
  }

  slide(dir) {
    if (this.over) return;
    const line = dir === 1 ? this.row.slice().reverse() : this.row.slice();
    const packed = line.filter((v) => v !== 0);
    for (let i = 0; i < packed.length - 1; i++) {
      if (packed[i] === packed[i + 1]) {
        packed[i] *= 2;
        this.score += packed[i];
        packed.splice(i + 1, 1);
      }
    }
    while (packed.length < 4) packed.push(0);
    if (dir === 1) packed.reverse();

    const changed = packed.some((v, i) => v !== this.row[i]);
    if (!changed) return;
    this.row = packed;
    this.spawn();
    this.draw();
    if (!this.canMove()) this.endGame();
  }

  canMove() {
    return this.row.some((v, i) => v === 0 || (i < 3 && v === this.row[i + 1]));
  }

  draw() {
    this.row.forEach((value, i) => {
      const tile = this.tiles[i];
      tile.bg.setVisible(value > 0).setFillStyle(COLORS[value] || 0x3c3a32);
      tile.label.setText(value > 0 ? String(value) : '');
      tile.label.setColor(value > 4 ? '#f9f6f2' : '#776e65');
    });
    this.scoreText.setText('Score: ' + this.score);
  }

  endGame() {
    this.over = true;
    this.message.setText('No moves left!\nScore ' + this.score + ' - tap to play again');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 640,
  backgroundColor: '#2b2622',
  scene: RowScene
});
