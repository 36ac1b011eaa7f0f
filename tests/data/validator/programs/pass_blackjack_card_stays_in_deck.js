// Hot-seat 21: two players take turns drawing cards from one shared 52-card deck with SPACE and stand with S; the cards left in the deck are shown, going over 21 busts, and the closest to 21 wins.
const SUITS = ['S', 'H', 'D', 'C'];
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];

class TwentyOne extends Phaser.Scene {
  constructor() {
    super('TwentyOne');
  }

  create() {
    this.deck = [];
    SUITS.forEach(s => RANKS.forEach(r => this.deck.push({ rank: r, suit: s, points: r === 'A' ? 1 : Math.min(10, RANKS.indexOf(r) + 1) })));
    this.hands = [[], []];
    this.totals = [0, 0];
    this.current = 0;
    this.done = false;

    this.deckText = this.add.text(400, 40, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.handTexts = [180, 420].map(y => this.add.text(60, y, '', { fontSize: '26px', color: '#ffffff' }));
    this.status = this.add.text(400, 300, '', { fontSize: '28px', color: '#ffe14d' }).setOrigin(0.5);
    this.add.text(400, 560, 'SPACE: draw   S: stand', { fontSize: '20px', color: '#b0c4b1' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-SPACE', () => this.draw());
    this.input.keyboard.on('keydown-S', () => this.stand());
    this.render();
  }

  draw() {
    if (this.done) return;
    const card = Phaser.Utils.Array.RemoveRandomElement(this.deck);
    this.hands[this.current].push(card);
    this.totals[this.current] += card.points;
    const label = this.add.text(400, 40, card.rank + card.suit, { fontSize: '30px', color: '#ffffff', backgroundColor: '#1d3557' }).setOrigin(0.5);
    this.tweens.add({ targets: label, y: this.current === 0 ? 140 : 380, alpha: 0, duration: 500, onComplete: () => label.destroy() });
    if (this.totals[this.current] > 21) this.stand();
    else this.render();
  }

  stand() {
    if (this.done) return;
    if (this.current === 0) {
      this.current = 1;
      this.render();
      return;
    }
    this.done = true;
    this.render();
    const [a, b] = this.totals.map(t => (t > 21 ? -1 : t));
    this.status.setText(a === b ? 'Push - nobody wins' : `Player ${a > b ? 1 : 2} wins!`);
  }

  render() {
    this.deckText.setText(`Cards left in deck: ${this.deck.length}`);
    this.hands.forEach((hand, i) => {
      const cards = hand.map(c => c.rank + c.suit).join(' ');
      const bust = this.totals[i] > 21 ? '  BUST' : '';
      this.handTexts[i].setText(`Player ${i + 1} (${this.totals[i]}${bust}): ${cards}`);
    });
    if (!this.done) this.status.setText(`Player ${this.current + 1}'s turn`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2a9d8f', scene: TwentyOne });
