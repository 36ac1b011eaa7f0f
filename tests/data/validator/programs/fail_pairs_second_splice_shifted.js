// Pairs discard: deal a 10-card hand from a shuffled deck; click two cards of the same rank to discard them as a pair and draw two replacements while the deck lasts; a mismatched second click just changes the selection; when the hand holds no pair a results screen shows the pairs made and a click deals again.
const SUITS = ['♠', '♥', '♦', '♣'];
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];

class PairsScene extends Phaser.Scene {
  constructor() { super('Pairs'); }

  create() {
    this.deck = [];
    SUITS.forEach(suit => RANKS.forEach(rank => this.deck.push({ suit, rank })));
    Phaser.Utils.Array.Shuffle(this.deck);
    this.hand = this.deck.splice(0, 10);
    this.pairs = 0;
    this.selected = null;
    this.cardViews = this.add.group();
    this.info = this.add.text(400, 60, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.drawHand();
    this.checkEnd();
  }

  drawHand() {
    this.cardViews.clear(true, true);
    this.hand.forEach((card, i) => {
      const x = 80 + (i % 7) * 106, y = 220 + Math.floor(i / 7) * 160;
      const red = card.suit === '♥' || card.suit === '♦';
      const bg = this.add.rectangle(0, 0, 90, 130, 0xffffff).setStrokeStyle(4, card === this.selected ? 0xffc107 : 0x37474f);
      const label = this.add.text(0, 0, card.rank + card.suit, { fontSize: '30px', color: red ? '#c62828' : '#212121' }).setOrigin(0.5);
      const view = this.add.container(x, y, [bg, label]).setSize(90, 130).setInteractive({ useHandCursor: true });
      view.on('pointerdown', () => this.pick(card));
      this.cardViews.add(view);
    });
    this.info.setText(`Pairs: ${this.pairs}   Deck: ${this.deck.length}`);
  }

  pick(card) {
    const first = this.selected;
    if (!first || first === card || first.rank !== card.rank) {
      this.selected = first === card ? null : card;
    } else {
      this.discard(first, card);
    }
    this.drawHand();
    this.checkEnd();
  }

  checkEnd() {
    if (!this.hasPair()) this.scene.launch('Results', { pairs: this.pairs });
  }

  discard(a, b) {
    const i = this.hand.indexOf(a);
    const j = this.hand.indexOf(b);
    this.hand.splice(i, 1);
    this.hand.splice(j, 1);
    this.selected = null;
    this.pairs += 1;
    for (let k = 0; k < 2 && this.deck.length > 0; k++) this.hand.push(this.deck.pop());
  }

  hasPair() {
    const ranks = this.hand.map(c => c.rank);
    return ranks.some((r, i) => ranks.indexOf(r) !== i);
  }
}

class ResultsScene extends Phaser.Scene {
  constructor() { super('Results'); }

  create(data) {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.7).setInteractive();
    this.add.text(400, 260, `No pairs left!\nYou made ${data.pairs} pairs`, { fontSize: '40px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5);
    this.add.text(400, 380, 'Click to deal again', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.once('pointerdown', () => {
      this.scene.get('Pairs').scene.restart();
      this.scene.stop();
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#004d40', scene: [PairsScene, ResultsScene] });
