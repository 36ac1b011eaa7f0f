// Card game War: deal a shuffled deck evenly to two players; each click or SPACE flips both top cards, the higher rank (aces high) takes both cards to the bottom of its pile, ties leave them in a pot for the next winner, A toggles auto-play, and the game ends when a pile runs out.
const SUITS = ['♠', '♥', '♦', '♣'];
const FACES = { 11: 'J', 12: 'Q', 13: 'K', 14: 'A' };

class WarScene extends Phaser.Scene {
  constructor() { super('War'); }

  create() {
    const deck = [];
    for (const suit of SUITS) for (let rank = 2; rank <= 14; rank++) deck.push({ suit, rank });
    Phaser.Utils.Array.Shuffle(deck);
    this.piles = [[], []];
    deck.forEach((card, i) => this.piles[i % 2].push(card));
    this.pot = [];
    this.over = false;
    this.rounds = 0;

    this.add.text(400, 30, 'WAR', { fontSize: '40px', color: '#ffd54f', fontStyle: 'bold' }).setOrigin(0.5);
    this.countTexts = [0, 1].map(p => this.add.text(p ? 600 : 200, 110, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5));
    this.faces = [0, 1].map(p => this.makeFace(p ? 600 : 200, 300));
    this.msg = this.add.text(400, 520, 'Click or SPACE to flip, A = auto-play', { fontSize: '24px', color: '#ffeb3b' }).setOrigin(0.5);

    this.auto = this.time.addEvent({ delay: 400, loop: true, paused: true, callback: this.flip, callbackScope: this });
    this.input.on('pointerdown', () => this.flip());
    this.input.keyboard.on('keydown-SPACE', () => this.flip());
    this.input.keyboard.on('keydown-A', () => { this.auto.paused = !this.auto.paused; });
    this.updateCounts();
  }

  makeFace(x, y) {
    const bg = this.add.rectangle(0, 0, 120, 170, 0xffffff).setStrokeStyle(3, 0x222222);
    const label = this.add.text(0, 0, '', { fontSize: '40px', color: '#111111' }).setOrigin(0.5);
    const face = this.add.container(x, y, [bg, label]).setVisible(false);
    face.setData('label', label);
    return face;
  }

  showCard(p, card) {
    const face = this.faces[p];
    const red = card.suit === '♥' || card.suit === '♦';
    face.getData('label').setText((FACES[card.rank] || card.rank) + card.suit).setColor(red ? '#c62828' : '#111111');
    face.setVisible(true).setY(180);
    this.tweens.add({ targets: face, y: 300, duration: 180, ease: 'Quad.easeOut' });
  }

  flip() {
    if (this.over) return;
    const a = this.piles[0].pop();
    const b = this.piles[1].pop();
    this.showCard(0, a);
    this.showCard(1, b);
    this.pot.push(a, b);
    this.rounds++;
    if (a.rank === b.rank) {
      this.msg.setText(`War! ${this.pot.length} cards wait in the pot`);
    } else {
      const winner = a.rank > b.rank ? 0 : 1;
      this.piles[winner].push(...this.pot);
      this.msg.setText(`Player ${winner + 1} takes ${this.pot.length} cards`);
      this.pot = [];
    }
    this.updateCounts();
    const out = this.piles.findIndex(pile => pile.length === 0);
    if (out !== -1) {
      this.over = true;
      this.auto.paused = true;
      this.msg.setText(`Player ${2 - out} wins the game after ${this.rounds} rounds!`);
    }
  }

  updateCounts() {
    this.countTexts.forEach((t, p) => t.setText(`Player ${p + 1}: ${this.piles[p].length} cards`));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1f4e3d',
  scene: WarScene
});
