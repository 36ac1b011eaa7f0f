// Bridge dealer: shuffle a full 52-card deck and deal it into four 13-card hands (North, East, South, West), list each hand by suit in descending rank, and show each hand's high-card points (A=4, K=3, Q=2, J=1); SPACE deals again.
const SUITS = [{ sym: '♠', color: '#212121' }, { sym: '♥', color: '#c62828' }, { sym: '♦', color: '#e65100' }, { sym: '♣', color: '#1b5e20' }];
const RANK_NAMES = { 11: 'J', 12: 'Q', 13: 'K', 14: 'A' };
const POINTS = { 11: 1, 12: 2, 13: 3, 14: 4 };
const SEATS = [
  { name: 'North', x: 400, y: 110 },
  { name: 'East', x: 660, y: 300 },
  { name: 'South', x: 400, y: 490 },
  { name: 'West', x: 140, y: 300 }
];

class DealScene extends Phaser.Scene {
  constructor() { super({ key: 'Deal' }); }

  create() {
    this.add.rectangle(400, 300, 220, 160, 0x2e7d32).setStrokeStyle(4, 0x1b5e20);
    this.totalText = this.add.text(400, 285, '', { fontSize: '20px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.add.text(400, 330, 'SPACE = new deal', { fontSize: '16px', color: '#c8e6c9' }).setOrigin(0.5);
    this.panels = SEATS.map(seat => {
      const bg = this.add.rectangle(0, 0, 230, 150, 0xfafafa).setStrokeStyle(2, 0x424242);
      const title = this.add.text(-105, -68, seat.name, { fontSize: '18px', color: '#000000', fontStyle: 'bold' });
      const lines = SUITS.map((s, i) => this.add.text(-105, -40 + i * 24, '', { fontSize: '16px', color: s.color }));
      return this.add.container(seat.x, seat.y, [bg, title, ...lines]).setData({ title, lines, name: seat.name });
    });
    this.deals = 0;
    this.input.keyboard.on('keydown-SPACE', () => this.deal());
    this.deal();
  }

  buildDeck() {
    const ranks = Phaser.Utils.Array.NumberArray(2, 14);
    const deck = [];
    SUITS.forEach((suit, s) => ranks.forEach(rank => deck.push({ suit: s, rank })));
    return Phaser.Utils.Array.Shuffle(deck);
  }

  deal() {
    const deck = this.buildDeck();
    this.hands = [[], [], [], []];
    deck.forEach((card, i) => this.hands[i % 4].push(card));
    this.points = this.hands.map(hand => hand.reduce((sum, c) => sum + (POINTS[c.rank] || 0), 0));

    this.hands.forEach((hand, h) => {
      const panel = this.panels[h];
      hand.sort((a, b) => a.suit - b.suit || b.rank - a.rank);
      panel.getData('title').setText(`${panel.getData('name')}  ${this.points[h]} HCP  (${hand.length})`);
      panel.getData('lines').forEach((line, s) => {
        const names = hand.filter(c => c.suit === s).map(c => RANK_NAMES[c.rank] || String(c.rank));
        line.setText(`${SUITS[s].sym} ${names.join(' ') || '—'}`);
      });
      panel.setAlpha(0);
      this.tweens.add({ targets: panel, alpha: 1, duration: 250, delay: h * 120 });
    });
    const total = this.points.reduce((a, b) => a + b, 0);
    this.deals += 1;
    this.totalText.setText(`Deal ${this.deals}\nTotal HCP: ${total}`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d3b1e', scene: DealScene });
