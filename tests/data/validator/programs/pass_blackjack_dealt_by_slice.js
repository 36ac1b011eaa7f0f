// Blackjack against the dealer: the shuffled 52-card deck deals two cards each, H hits, S stands, the dealer draws to 17, aces count 1 or 11, the result is shown and N deals the next round.
const SUITS = ['♠', '♥', '♦', '♣'];
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];

class Blackjack extends Phaser.Scene {
  constructor() { super('Blackjack'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 70, 100, 8);
    g.generateTexture('face', 70, 100);
    g.clear().fillStyle(0x7b2cbf, 1).fillRoundedRect(0, 0, 70, 100, 8);
    g.lineStyle(3, 0xffffff, 1).strokeRoundedRect(5, 5, 60, 90, 6);
    g.generateTexture('back', 70, 100);
    g.destroy();

    this.deck = this.newDeck();
    this.chips = 100;
    this.add.text(40, 60, 'Dealer', { fontSize: '22px', color: '#ffffff' });
    this.add.text(40, 300, 'You', { fontSize: '22px', color: '#ffffff' });
    this.infoText = this.add.text(400, 520, '', { fontSize: '24px', color: '#ffe066' }).setOrigin(0.5);
    this.chipsText = this.add.text(40, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.deckText = this.add.text(760, 20, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.cardObjects = [];

    this.input.keyboard.on('keydown-H', () => this.hit());
    this.input.keyboard.on('keydown-S', () => this.stand());
    this.input.keyboard.on('keydown-N', () => { if (this.roundOver) this.startRound(); });
    this.startRound();
  }

  newDeck() {
    const deck = [];
    SUITS.forEach((suit) => RANKS.forEach((rank) => deck.push({ rank, suit })));
    return Phaser.Utils.Array.Shuffle(deck);
  }

  drawCard() {
    const [card] = this.deck.splice(0, 1);
    this.deckText.setText(`Cards left: ${this.deck.length}`);
    return card;
  }

  cardValue(card) {
    if (card.rank === 'A') return 11;
    return ['J', 'Q', 'K'].includes(card.rank) ? 10 : Number(card.rank);
  }

  handValue(hand) {
    let total = 0;
    let aces = 0;
    hand.forEach((card) => { total += this.cardValue(card); if (card.rank === 'A') aces++; });
    while (total > 21 && aces > 0) { total -= 10; aces--; }
    return total;
  }

  startRound() {
    if (this.deck.length < 15) this.deck = this.newDeck();
    this.cardObjects.forEach((o) => o.destroy());
    this.cardObjects = [];
    this.player = []; this.dealer = [];
    this.roundOver = false;
    this.chips -= 10;
    this.chipsText.setText(`Chips: ${this.chips}  (bet 10)`);
    this.player.push(this.drawCard());
    this.dealer.push(this.drawCard());
    this.player.push(this.drawCard());
    this.dealer.push(this.drawCard());
    this.render(true);
    this.infoText.setText(`Your total: ${this.handValue(this.player)}   H = hit, S = stand`);
  }

  render(hideHole) {
    this.cardObjects.forEach((o) => o.destroy());
    this.cardObjects = [];
    const place = (hand, y, hide) => hand.forEach((card, i) => {
      const x = 80 + i * 85;
      const hidden = hide && i === 1;
      const img = this.add.image(x, y, hidden ? 'back' : 'face');
      this.cardObjects.push(img);
      if (!hidden) {
        const red = card.suit === '♥' || card.suit === '♦';
        this.cardObjects.push(this.add.text(x, y, `${card.rank}\n${card.suit}`, {
          fontSize: '24px', color: red ? '#d62828' : '#111111', align: 'center'
        }).setOrigin(0.5));
      }
    });
    place(this.dealer, 170, hideHole);
    place(this.player, 410, false);
  }

  hit() {
    if (this.roundOver) return;
    this.player.push(this.drawCard());
    this.render(true);
    const total = this.handValue(this.player);
    if (total > 21) this.finish(`Bust with ${total}! Dealer wins.`, 0);
    else this.infoText.setText(`Your total: ${total}   H = hit, S = stand`);
  }

  stand() {
    if (this.roundOver) return;
    while (this.handValue(this.dealer) < 17) this.dealer.push(this.drawCard());
    const p = this.handValue(this.player);
    const d = this.handValue(this.dealer);
    if (d > 21 || p > d) this.finish(`You win ${p} to ${d}!`, 20);
    else if (p === d) this.finish(`Push at ${p}.`, 10);
    else this.finish(`Dealer wins ${d} to ${p}.`, 0);
  }

  finish(message, payout) {
    this.roundOver = true;
    this.chips += payout;
    this.chipsText.setText(`Chips: ${this.chips}`);
    this.render(false);
    this.infoText.setText(`${message}  Press N for the next round`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#14532d', scene: Blackjack });
