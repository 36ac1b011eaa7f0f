// Step sequencer: a 4-row x 16-column grid of toggle cells (rows KICK, SNARE, HAT, CLAP; the KICK row starts lit on steps 1, 5, 9 and 13); clicking a cell switches it on (lit in its row colour) or off (dark). A playhead sweeps the columns at 120 BPM in 16th notes (125 ms per step), highlighting its column, and lit cells under it flash white; every cell keeps showing its on/off state once the playhead has passed.
const ROWS = 4;
const STEPS = 16;
const CELL = 38;
const GAP = 6;
const LEFT = 110;
const TOP = 200;
const BPM = 120;
const ROW_NAMES = ['KICK', 'SNARE', 'HAT', 'CLAP'];
const ROW_COLORS = [0xff6644, 0xffd23f, 0x3fd0ff, 0xc77dff];
const OFF_COLOR = 0x23232f;
const HEAD_OFF_COLOR = 0x4a4a66;

class SequencerScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Sequencer' });
  }

  create() {
    this.step = -1;
    this.columns = [];
    this.triggers = 0;

    this.add.text(400, 60, 'STEP SEQUENCER', { fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(400, 105, BPM + ' BPM  |  click cells to toggle', { fontSize: '18px', color: '#9a9ab0' }).setOrigin(0.5);

    for (let c = 0; c < STEPS; c++) {
      const column = [];
      for (let r = 0; r < ROWS; r++) {
        const x = LEFT + c * (CELL + GAP);
        const y = TOP + r * (CELL + GAP);
        const cell = this.add.rectangle(x, y, CELL, CELL, OFF_COLOR).setStrokeStyle(1, 0x000000);
        cell.setData({ row: r, col: c, on: r === 0 && c % 4 === 0 });
        cell.setInteractive({ useHandCursor: true });
        cell.on('pointerdown', () => {
          cell.setData('on', !cell.getData('on'));
          this.paint(cell, c === this.step);
        });
        this.paint(cell, false);
        column.push(cell);
      }
      this.columns.push(column);
    }

    ROW_NAMES.forEach((name, r) => {
      this.add.text(LEFT - 30, TOP + r * (CELL + GAP), name, { fontSize: '14px', color: '#cccccc' }).setOrigin(1, 0.5);
    });
    for (let c = 0; c < STEPS; c += 4) {
      this.add.text(LEFT + c * (CELL + GAP), TOP - 40, String(c + 1), { fontSize: '14px', color: '#777788' }).setOrigin(0.5);
    }

    this.head = this.add.triangle(LEFT, TOP - 22, 0, 0, 16, 0, 8, 12, 0xffffff);
    this.stepText = this.add.text(400, 420, '', { fontSize: '20px', color: '#dddddd' }).setOrigin(0.5);

    this.clock = this.time.addEvent({
      delay: 60000 / BPM / 4,
      loop: true,
      callback: this.advance,
      callbackScope: this
    });
  }

  paint(cell, underHead) {
    const on = cell.getData('on');
    if (underHead) {
      cell.setFillStyle(on ? 0xffffff : HEAD_OFF_COLOR);
    } else {
      cell.setFillStyle(on ? ROW_COLORS[cell.getData('row')] : OFF_COLOR);
    }
  }

  advance() {
    const previous = this.step;
    this.step = (this.step + 1) % STEPS;

    if (previous >= 0) {
      this.columns[previous].forEach((cell) => cell.setFillStyle(OFF_COLOR));
    }
    const column = this.columns[this.step];
    column.forEach((cell) => {
      this.paint(cell, true);
      if (cell.getData('on')) {
        this.triggers += 1;
        this.tweens.add({ targets: cell, scale: { from: 1.25, to: 1 }, duration: 110 });
      }
    });

    this.head.x = column[0].x;
    this.stepText.setText('step ' + (this.step + 1) + ' / ' + STEPS + '    hits played: ' + this.triggers);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 500,
  backgroundColor: '#121218',
  scene: [SequencerScene]
};

new Phaser.Game(config);
