// Pairs memory game: twelve face-down cards; click two to turn them over; matching pairs stay up, others turn back after a pause; a win message shows when all pairs are found.
const SYMBOLS = ['A', 'B', 'C', 'D', 'E', 'F'];

class PairsScene extends Phaser.Scene {
  constructor() {
    super('Pairs');
  }

  create() {
    this.first = null;
    this.busy = false;
    this.pairsFound = 0;
    this.moves = 0;

    this.statusText = this.add.text(400, 40, 'Find the pairs!', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    const deck = Phaser.Utils.Array.Shuffle([...SYMBOLS, ...SYMBOLS]);
    this.cards = this.add.group();

    deck.forEach((symbol, i) => {
      const x = 175 + (i % 4) * 150;
      const y = 160 + Math.floor(i / 4) * 170;
      const card = this.add.rectangle(x, y, 120, 150, 0x34495e).setStrokeStyle(3, 0xecf0f1).setInteractive();
      card.label = this.add.text(x, y, symbol, { fontSize: '56px', color: '#222222' }).setOrigin(0.5).setVisible(false);
      card.setData({ symbol, faceUp: false });
      card.on('pointerdown', () => this.flip(card));
      this.cards.add(card);
    });
  }

  show(card, up) {
    card.setData('faceUp', up);
    card.setFillStyle(up ? 0xf9e79f : 0x34495e);
    card.label.setVisible(up);
  }

  flip(card) {
    if (this.busy || card.getData('faceUp')) return;
    this.show(card, true);

    if (!this.first) {
      this.first = card;
      return;
    }

    const second = card;
    const first = this.first;
    this.first = null;
    this.moves++;

    if (first.getData('symbol') === second.getData('symbol')) {
      this.pairsFound++;
      if (this.pairsFound === SYMBOLS.length) {
        this.statusText.setText(`You win in ${this.moves} moves!`).setColor('#2ecc71');
      }
    } else {
      this.busy = true;
      this.time.delayedCall(800, () => {
        this.show(first, false);
        this.show(second, false);
        this.busy = false;
      });
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b2631', scene: PairsScene });
