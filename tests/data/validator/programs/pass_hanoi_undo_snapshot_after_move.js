// Tower of Hanoi with undo: click a peg to pick its top disc, click another to drop it; press Z to undo the last move.
const DISCS = 3;
const PEG_X = [150, 350, 550];
const DISC_COLOURS = [0xf56565, 0xed8936, 0xecc94b, 0x48bb78];

class HanoiScene extends Phaser.Scene {
  constructor() { super('HanoiScene'); }

  create() {
    this.pegs = [[], [], []];
    for (let size = DISCS; size >= 1; size--) this.pegs[0].push(size);
    this.history = [];
    this.selected = null;
    this.moves = 0;
    this.gfx = this.add.graphics();

    PEG_X.forEach((x, index) => {
      const zone = this.add.zone(x, 250, 190, 300).setInteractive({ useHandCursor: true });
      zone.on('pointerdown', () => this.clickPeg(index));
    });
    this.input.keyboard.on('keydown-Z', () => this.undo());

    this.info = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.redraw();
  }

  clickPeg(index) {
    if (this.isSolved()) return;
    if (this.selected === null) {
      if (this.pegs[index].length) this.selected = index;
    } else {
      const from = this.selected;
      this.selected = null;
      this.moveDisc(from, index);
    }
    this.redraw();
  }

  moveDisc(from, to) {
    const disc = this.pegs[from][this.pegs[from].length - 1];
    const top = this.pegs[to][this.pegs[to].length - 1];
    if (from === to || (top !== undefined && top < disc)) return;
    this.history.push(this.pegs.map(peg => peg.slice()));
    this.pegs[to].push(this.pegs[from].pop());
    this.moves++;
  }

  undo() {
    const previous = this.history.pop();
    if (!previous) return;
    this.pegs = previous;
    this.moves--;
    this.selected = null;
    this.redraw();
  }

  isSolved() {
    return this.pegs[2].length === DISCS;
  }

  redraw() {
    const g = this.gfx.clear();
    g.fillStyle(0x718096).fillRect(40, 390, 620, 14);
    this.pegs.forEach((peg, p) => {
      g.fillStyle(this.selected === p ? 0xfbd38d : 0xa0aec0).fillRect(PEG_X[p] - 6, 160, 12, 230);
      peg.forEach((size, level) => {
        g.fillStyle(DISC_COLOURS[size - 1]);
        g.fillRoundedRect(PEG_X[p] - size * 25, 360 - level * 32, size * 50, 28, 8);
      });
    });
    this.info.setText(this.isSolved() ? `Solved in ${this.moves} moves!` : `Moves: ${this.moves}   (Z = undo)`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 700, height: 450, backgroundColor: '#1a202c', scene: HanoiScene });
