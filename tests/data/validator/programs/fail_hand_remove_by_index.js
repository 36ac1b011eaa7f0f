// Click a card in your hand to play it: it leaves the hand and the hand is laid out again
class Hand extends Phaser.Scene {
  create() {
    this.hand = ['Fire', 'Ice', 'Wind', 'Rock'].map((name) => ({ name }));
    this.cards = [];
    this.layout();
  }
  layout() {
    this.cards.forEach((c) => c.destroy());
    this.cards = this.hand.map((card, index) => {
      const t = this.add.text(100 + index * 150, 450, card.name, { fontSize: '28px', color: '#ffffff', backgroundColor: '#335577' }).setInteractive();
      t.on('pointerdown', () => this.play(index));
      return t;
    });
  }
  play(index) {
    Phaser.Utils.Array.Remove(this.hand, index);
    this.layout();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hand });
