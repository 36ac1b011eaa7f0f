// Card war for two: the 20-card deck is shuffled and split in half; press SPACE to turn one card each, the higher wins a point
class War extends Phaser.Scene {
  create() {
    const deck = Phaser.Utils.Array.Shuffle(Phaser.Utils.Array.NumberArray(1, 20));
    this.hands = [deck.slice(0, 10), deck.slice(10, 20)];
    this.points = [0, 0];
    this.info = this.add.text(40, 40, '', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => this.turn());
    this.show();
  }
  turn() {
    if (!this.hands[0].length || !this.hands[1].length) return;
    const a = this.hands[0].pop();
    const b = this.hands[1].pop();
    this.points[a > b ? 0 : 1] += 1;
    this.show();
  }
  show() {
    this.info.setText(`Player 1: ${this.points[0]}   Player 2: ${this.points[1]}   cards left ${this.hands[0].length}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: War });
