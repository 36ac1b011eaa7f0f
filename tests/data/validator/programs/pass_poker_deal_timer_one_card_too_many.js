// Poker hand dealer: press SPACE to shuffle and deal a five-card hand one card every 300 ms, each card sliding from the deck, and once the hand is complete name its rank (high card up to straight flush).
const SUITS = ['♠', '♥', '♦', '♣'];
const NAMES = { 11: 'J', 12: 'Q', 13: 'K', 14: 'A' };

class PokerScene extends Phaser.Scene {
  constructor() {
    super('PokerScene');
    this.hand = [];
    this.cardObjects = [];
    this.dealing = false;
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 100, 140, 10);
    g.generateTexture('cardFront', 100, 140);
    g.clear().fillStyle(0x9d0208, 1).fillRoundedRect(0, 0, 100, 140, 10);
    g.lineStyle(4, 0xffba08, 1).strokeRoundedRect(8, 8, 84, 124, 8);
    g.generateTexture('cardBack', 100, 140);
    g.destroy();

    this.add.image(700, 140, 'cardBack');
    this.add.text(400, 40, 'Five Card Deal', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.resultText = this.add.text(400, 520, 'Press SPACE to deal', { fontSize: '30px', color: '#ffd60a' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => this.deal());
  }

  deal() {
    if (this.dealing) return;
    this.dealing = true;
    this.cardObjects.forEach((o) => o.destroy());
    this.cardObjects = [];
    this.hand = [];
    this.deck = [];
    SUITS.forEach((suit) => { for (let v = 2; v <= 14; v++) this.deck.push({ value: v, suit }); });
    Phaser.Utils.Array.Shuffle(this.deck);
    this.resultText.setText('Dealing...');

    this.dealTimer = this.time.addEvent({
      delay: 300,
      repeat: 4,
      callback: this.dealOne,
      callbackScope: this
    });
  }

  dealOne() {
    const card = this.deck.pop();
    const index = this.hand.length;
    this.hand.push(card);
    const red = card.suit === '♥' || card.suit === '♦';
    const front = this.add.image(700, 140, 'cardFront');
    const label = this.add.text(700, 140, `${NAMES[card.value] || card.value}\n${card.suit}`, {
      fontSize: '30px', color: red ? '#d00000' : '#111111', align: 'center'
    }).setOrigin(0.5);
    this.cardObjects.push(front, label);
    this.tweens.add({ targets: [front, label], x: 140 + index * 130, y: 360, duration: 250, ease: 'Cubic.easeOut' });

    if (this.dealTimer.getRepeatCount() === 0) {
      this.resultText.setText(this.rankHand(this.hand));
      this.dealing = false;
    }
  }

  rankHand(hand) {
    const values = hand.map((c) => c.value).sort((a, b) => a - b);
    const counts = {};
    values.forEach((v) => { counts[v] = (counts[v] || 0) + 1; });
    const groups = Object.values(counts).sort((a, b) => b - a);
    const flush = hand.every((c) => c.suit === hand[0].suit);
    const distinct = groups.length === 5;
    const straight = distinct && (values[4] - values[0] === 4 || values.join(',') === '2,3,4,5,14');

    if (straight && flush) return 'Straight flush';
    if (groups[0] === 4) return 'Four of a kind';
    if (groups[0] === 3 && groups[1] === 2) return 'Full house';
    if (flush) return 'Flush';
    if (straight) return 'Straight';
    if (groups[0] === 3) return 'Three of a kind';
    if (groups[0] === 2 && groups[1] === 2) return 'Two pair';
    if (groups[0] === 2) return 'One pair';
    return 'High card';
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0f5132', scene: PokerScene });
