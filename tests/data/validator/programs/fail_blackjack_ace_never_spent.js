// Blackjack against the dealer: aces count 1 or 11 and face cards 10; H hits, S stands, the dealer draws to 17, going over 21 busts, and the result is shown before N deals the next round.
const SUITS = ['♠', '♥', '♦', '♣'];
const LABELS = [null, 'A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];

function handValue(hand) {
  let total = 0;
  let aces = 0;
  for (const card of hand) {
    if (card.rank === 1) { total += 11; aces++; } else total += Math.min(card.rank, 10);
  }
  while (total > 21 && aces > 0) {
    total -= 10;
  }
  return total;
}

class TitleScene extends Phaser.Scene {
  constructor() { super('Title'); }
  create() {
    this.add.text(400, 250, 'BLACKJACK', { fontSize: '64px', color: '#ffd54f', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(400, 340, 'Click or press any key to sit down', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    const go = () => this.scene.start('Table');
    this.input.once('pointerdown', go);
    this.input.keyboard.once('keydown', go);
  }
}

class TableScene extends Phaser.Scene {
  constructor() { super('Table'); }

  create() {
    this.deck = [];
    SUITS.forEach(suit => { for (let rank = 1; rank <= 13; rank++) this.deck.push({ suit, rank }); });
    Phaser.Utils.Array.Shuffle(this.deck);
    this.player = [this.deck.pop(), this.deck.pop()];
    this.dealer = [this.deck.pop(), this.deck.pop()];
    this.state = 'player';
    this.views = this.add.group();
    this.dealerText = this.add.text(40, 40, '', { fontSize: '22px', color: '#ffffff' });
    this.playerText = this.add.text(40, 330, '', { fontSize: '22px', color: '#ffffff' });
    this.resultText = this.add.text(400, 540, 'H = hit   S = stand', { fontSize: '26px', color: '#ffeb3b' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-H', () => this.hit());
    this.input.keyboard.on('keydown-S', () => this.stand());
    this.input.keyboard.on('keydown-N', () => { if (this.state === 'done') this.scene.restart(); });
    this.render();
    if (handValue(this.player) === 21) this.stand();
  }

  hit() {
    if (this.state !== 'player') return;
    this.player.push(this.deck.pop());
    this.render();
    if (handValue(this.player) > 21) this.finish('Bust! You lose');
  }

  stand() {
    if (this.state !== 'player') return;
    this.state = 'dealer';
    while (handValue(this.dealer) < 17) this.dealer.push(this.deck.pop());
    const p = handValue(this.player), d = handValue(this.dealer);
    if (d > 21 || p > d) this.finish('You win!');
    else if (p === d) this.finish('Push');
    else this.finish('Dealer wins');
  }

  finish(message) {
    this.state = 'done';
    this.result = message;
    this.render();
    this.resultText.setText(`${message}   (N = next round)`);
  }

  render() {
    this.views.clear(true, true);
    const hideHole = this.state === 'player';
    this.dealer.forEach((c, i) => this.drawCard(c, 90 + i * 90, 170, hideHole && i === 1));
    this.player.forEach((c, i) => this.drawCard(c, 90 + i * 90, 460, false));
    this.dealerText.setText(hideHole ? 'Dealer' : `Dealer: ${handValue(this.dealer)}`);
    this.playerText.setText(`You: ${handValue(this.player)}`);
  }

  drawCard(card, x, y, faceDown) {
    const red = card.suit === '♥' || card.suit === '♦';
    this.views.add(this.add.rectangle(x, y, 76, 104, faceDown ? 0x1e3a8a : 0xffffff).setStrokeStyle(2, 0x222222));
    if (!faceDown) {
      this.views.add(this.add.text(x, y, LABELS[card.rank] + card.suit, { fontSize: '26px', color: red ? '#c62828' : '#111111' }).setOrigin(0.5));
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14532d',
  scene: [TitleScene, TableScene]
});
