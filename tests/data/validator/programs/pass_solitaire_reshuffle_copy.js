// Card pile: click the deck to draw a card onto the discard pile; when the deck is empty the discards are shuffled back
class Cards extends Phaser.Scene {
  constructor() { super('cards'); }
  create() {
    this.deck = Phaser.Utils.Array.Shuffle(Array.from({ length: 10 }, (_, i) => i + 1));
    this.discard = [];
    this.deckText = this.add.text(150, 200, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.topText = this.add.text(450, 200, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.add.rectangle(150, 200, 120, 160, 0x1565c0).setInteractive().setDepth(-1).on('pointerdown', () => this.draw());
    this.show();
  }
  draw() {
    if (!this.deck.length) {
      this.deck = Phaser.Utils.Array.Shuffle(this.discard.slice());
      this.discard.length = 0;
    }
    const card = this.deck.pop();
    if (card !== undefined) this.discard.push(card);
    this.show();
  }
  show() {
    this.deckText.setText('Deck: ' + this.deck.length);
    this.topText.setText('Top: ' + (this.discard.length ? this.discard[this.discard.length - 1] : '-'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Cards });
