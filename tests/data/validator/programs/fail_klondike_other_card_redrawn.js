// Klondike-style tableau: deal seven columns (column n holds n cards, only the top one face up) plus a stock; click the stock to turn a card onto the waste, click a face-up card to move it with the cards on it to the first column where it fits (one rank lower, opposite colour, kings to empty columns), and turn up any face-down card left on top.
const SUITS = ['♠', '♥', '♦', '♣'];
const LABELS = ['', 'A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];
const W = 70, H = 96;

class KlondikeScene extends Phaser.Scene {
  constructor() { super('Klondike'); }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffffff).fillRoundedRect(0, 0, W, H, 6).lineStyle(2, 0x424242).strokeRoundedRect(1, 1, W - 2, H - 2, 6);
    g.generateTexture('face', W, H).clear();
    g.fillStyle(0x283593).fillRoundedRect(0, 0, W, H, 6).lineStyle(3, 0xffffff).strokeRoundedRect(4, 4, W - 8, H - 8, 4);
    g.generateTexture('back', W, H).destroy();
  }

  create() {
    const deck = [];
    SUITS.forEach(suit => { for (let rank = 1; rank <= 13; rank++) deck.push(this.makeCard(suit, rank)); });
    Phaser.Utils.Array.Shuffle(deck);
    this.columns = [];
    for (let c = 0; c < 7; c++) {
      this.columns.push(deck.splice(0, c + 1));
      this.columns[c][c].faceUp = true;
      this.refresh(this.columns[c][c]);
    }
    this.stock = deck;
    this.waste = [];
    this.add.rectangle(60, 70, W, H).setStrokeStyle(2, 0xffffff, 0.5).setInteractive().on('pointerdown', () => this.turnStock());
    this.layout();
  }

  makeCard(suit, rank) {
    const card = { suit, rank, faceUp: false, red: suit === '♥' || suit === '♦' };
    const label = this.add.text(-W / 2 + 6, -H / 2 + 4, LABELS[rank] + suit, { fontSize: '18px', color: card.red ? '#d32f2f' : '#212121' });
    card.view = this.add.container(0, 0, [this.add.image(0, 0, 'face'), label, this.add.image(0, 0, 'back')]);
    card.view.setSize(W, H).setInteractive();
    card.view.on('pointerdown', () => (this.stock.includes(card) ? this.turnStock() : this.play(card)));
    this.refresh(card);
    return card;
  }

  refresh(card) {
    card.view.list[2].setVisible(!card.faceUp);
  }

  fits(card, column) {
    const top = column[column.length - 1];
    if (!top) return card.rank === 13;
    return top.faceUp && top.rank === card.rank + 1 && top.red !== card.red;
  }

  turnStock() {
    if (this.stock.length === 0) {
      this.stock = this.waste.reverse();
      this.waste = [];
      this.stock.forEach(c => { c.faceUp = false; this.refresh(c); });
    } else {
      const card = this.stock.pop();
      card.faceUp = true;
      this.refresh(card);
      this.waste.push(card);
    }
    this.layout();
  }

  play(card) {
    if (!card.faceUp) return;
    let from = this.waste;
    let index = this.waste.indexOf(card);
    if (index === -1) {
      from = this.columns.find(col => col.includes(card));
      index = from ? from.indexOf(card) : -1;
    } else if (index !== this.waste.length - 1) return;
    if (!from || index === -1) return;
    const target = this.columns.find(col => col !== from && this.fits(card, col));
    if (!target) return;
    target.push(...from.splice(index));
    const exposed = from[from.length - 1];
    if (exposed && !exposed.faceUp) {
      exposed.faceUp = true;
      this.refresh(card);
    }
    this.layout();
  }

  layout() {
    let depth = 0;
    this.stock.forEach(c => c.view.setPosition(60, 70).setDepth(depth++));
    this.waste.forEach(c => c.view.setPosition(150, 70).setDepth(depth++));
    this.columns.forEach((col, i) => col.forEach((c, j) => {
      c.view.setPosition(60 + i * 100, 200 + j * 26).setDepth(depth++);
    }));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 760, height: 600, backgroundColor: '#1b5e20', scene: KlondikeScene });
