// Click to deal the next card of a shuffled deck of six; the dealt card's name is shown
const CARDS = ['Ace', 'King', 'Queen', 'Jack', 'Ten', 'Nine'];
function create() {
  this.order = Phaser.Utils.Array.Shuffle(CARDS.slice());
  this.next = 0;
  this.shown = this.add.text(400, 300, 'Click to deal', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
  this.input.on('pointerdown', () => deal(this));
}
function deal(scene) {
  scene.shown.setText(scene.order[scene.next % scene.order.length]);
  scene.next += 1;
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { create } });
