// FreeCell-style tableau: deal a shuffled deck face up into 8 columns; drag a column's last card onto another column only if it is one rank lower and the opposite colour (any card may go to an empty column), otherwise it snaps back.
const SUITS = ['♠', '♥', '♦', '♣'];
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];
const CARD_W = 78, CARD_H = 108, COL_GAP = 96, ROW_GAP = 30, TOP = 70;

class TableauScene extends Phaser.Scene {
  constructor() { super('Tableau'); }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillRoundedRect(0, 0, CARD_W, CARD_H, 8);
    g.lineStyle(2, 0x333333).strokeRoundedRect(1, 1, CARD_W - 2, CARD_H - 2, 8);
    g.generateTexture('card', CARD_W, CARD_H);
    g.destroy();
  }

  create() {
    this.add.text(400, 24, 'Drag the last card of a column: one lower, opposite colour', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    this.columns = [[], [], [], [], [], [], [], []];
    this.moves = 0;
    const deck = [];
    SUITS.forEach(suit => RANKS.forEach((label, i) => deck.push({ suit, rank: i + 1, label })));
    Phaser.Utils.Array.Shuffle(deck);
    deck.forEach((card, i) => {
      card.view = this.makeCard(card);
      this.columns[i % 8].push(card);
    });
    this.columns.forEach((col, c) => {
      const zone = this.add.zone(this.colX(c), 320, COL_GAP - 4, 560).setRectangleDropZone(COL_GAP - 4, 560);
      zone.setData('column', c);
    });
    this.layout();

    this.input.on('dragstart', (pointer, view) => {
      const card = view.getData('card');
      const col = this.columns[view.getData('col')];
      view.setData('canDrag', col[col.length - 1] === card);
      this.children.bringToTop(view);
    });
    this.input.on('drag', (pointer, view, dragX, dragY) => {
      if (view.getData('canDrag')) view.setPosition(dragX, dragY);
    });
    this.input.on('drop', (pointer, view, zone) => {
      if (view.getData('canDrag')) this.tryMove(view.getData('card'), view.getData('col'), zone.getData('column'));
    });
    this.input.on('dragend', () => this.layout());
  }

  colX(c) { return 60 + c * COL_GAP; }

  makeCard(card) {
    const red = this.isRed(card);
    const view = this.add.container(0, 0, [
      this.add.image(0, 0, 'card'),
      this.add.text(-32, -48, card.label + card.suit, { fontSize: '18px', color: red ? '#cc0000' : '#111111' })
    ]);
    view.setSize(CARD_W, CARD_H).setInteractive({ draggable: true });
    view.setData('card', card);
    return view;
  }

  isRed(card) {
    return card.suit === '♥' || '♦';
  }

  canStack(card, target) {
    if (!target) return true;
    return target.rank === card.rank + 1 && this.isRed(target) !== this.isRed(card);
  }

  tryMove(card, from, to) {
    if (from === to) return false;
    const dest = this.columns[to];
    if (!this.canStack(card, dest[dest.length - 1])) return false;
    this.columns[from].pop();
    dest.push(card);
    this.moves += 1;
    return true;
  }

  layout() {
    this.columns.forEach((col, c) => col.forEach((card, r) => {
      card.view.setPosition(this.colX(c), TOP + CARD_H / 2 + r * ROW_GAP);
      card.view.setData('col', c);
      this.children.bringToTop(card.view);
    }));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b6b3a',
  scene: [TableauScene]
});
