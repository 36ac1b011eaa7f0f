// Memory pairs: 12 face-down cards (6 pairs of symbols) fly from the deck to a 4x3 grid one after another; clicking is only allowed once every card has landed, and then "Go!" appears. Click two cards to turn them: a matching pair stays face up, otherwise both turn back after 0.7 s. The move counter counts pairs tried; when all 6 pairs are found a win message shows the moves, and R deals again.
const SYMBOLS = ['★', '♥', '♦', '♣', '☀', '☂'];

class Memory extends Phaser.Scene {
  constructor() {
    super('memory');
  }

  create() {
    this.cameras.main.setBackgroundColor('#004d40');
    const deck = Phaser.Utils.Array.Shuffle([...SYMBOLS, ...SYMBOLS]);
    this.cards = [];
    this.open = [];
    this.moves = 0;
    this.found = 0;
    this.ready = false;
    this.landed = 0;

    this.add.rectangle(80, 520, 80, 110, 0x1a237e).setStrokeStyle(3, 0xffffff);
    this.hud = this.add.text(400, 30, 'Dealing...', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);

    deck.forEach((sym, i) => {
      const tx = 220 + (i % 4) * 120;
      const ty = 140 + Math.floor(i / 4) * 140;
      const back = this.add.rectangle(0, 0, 90, 120, 0x1a237e).setStrokeStyle(3, 0xffffff);
      const face = this.add.text(0, 0, sym, { fontSize: '54px', color: '#ffeb3b' }).setOrigin(0.5).setVisible(false);
      const card = this.add.container(80, 520, [back, face]).setSize(90, 120);
      card.sym = sym;
      card.back = back;
      card.face = face;
      card.matched = false;
      card.setInteractive({ useHandCursor: true });
      card.on('pointerdown', () => this.pick(card));
      this.cards.push(card);
      this.tweens.add({
        targets: card,
        x: tx,
        y: ty,
        delay: i * 120,
        duration: 300,
        ease: 'Cubic.easeOut',
        onComplete: () => {
          this.landed++;
          if (this.landed === this.cards.length) {
            this.ready = true;
            this.hud.setText('Go!');
          }
        }
      });
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  show(card, up) {
    card.face.setVisible(up);
    card.back.setFillStyle(up ? 0xfafafa : 0x1a237e);
  }

  pick(card) {
    if (!this.ready || card.matched || this.open.includes(card) || this.open.length === 2) return;
    this.show(card, true);
    this.open.push(card);
    if (this.open.length < 2) return;
    this.moves++;
    const [a, b] = this.open;
    if (a.sym === b.sym) {
      a.matched = true;
      b.matched = true;
      this.open = [];
      this.found++;
      if (this.found === SYMBOLS.length) {
        this.hud.setText('All pairs found in ' + this.moves + ' moves! R to deal again');
        return;
      }
    } else {
      this.time.delayedCall(700, () => {
        this.show(a, false);
        this.show(b, false);
        this.open = [];
      });
    }
    this.hud.setText('Moves: ' + this.moves + '   Pairs: ' + this.found + ' / ' + SYMBOLS.length);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Memory
};

new Phaser.Game(config);
