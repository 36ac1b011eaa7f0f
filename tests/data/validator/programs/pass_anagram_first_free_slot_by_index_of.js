// Anagram tiles: the letters of a hidden word appear as scrambled tile Containers; click tiles to send them (with a tween) into the answer row and click an answer tile to send it back; a full correct row scores a point and moves on, a wrong one returns every tile, and five words end the game.
const WORDS = ['PLANET', 'GARDEN', 'PUZZLE', 'ROCKET', 'SILVER', 'CASTLE', 'WINTER'];
const ROUNDS = 5;
const SIZE = 70;

class AnagramScene extends Phaser.Scene {
  constructor() {
    super('Anagram');
  }

  create() {
    this.words = Phaser.Utils.Array.Shuffle([...WORDS]).slice(0, ROUNDS);
    this.round = 0;
    this.score = 0;
    this.tiles = [];
    this.add.text(400, 40, 'Anagram Tiles', { fontSize: '38px', color: '#2b2d42', fontStyle: 'bold' }).setOrigin(0.5);
    this.info = this.add.text(400, 90, '', { fontSize: '22px', color: '#4a4e69' }).setOrigin(0.5);
    this.message = this.add.text(400, 430, '', { fontSize: '28px', color: '#2b2d42' }).setOrigin(0.5);
    this.slotMarks = this.add.graphics();
    this.startRound();
  }

  slotX(i) {
    return 400 - ((this.word.length - 1) * (SIZE + 10)) / 2 + i * (SIZE + 10);
  }

  startRound() {
    this.tiles.forEach(t => t.box.destroy());
    this.word = this.words[this.round];
    this.locked = false;
    let letters = [...this.word];
    while (letters.join('') === this.word) letters = Phaser.Utils.Array.Shuffle(letters);

    this.answer = Array(this.word.length).fill(null);
    this.slotMarks.clear().lineStyle(3, 0x9a8c98);
    this.answer.forEach((_, i) => this.slotMarks.strokeRoundedRect(this.slotX(i) - SIZE / 2, 200 - SIZE / 2, SIZE, SIZE, 10));

    this.tiles = letters.map((letter, i) => {
      const bg = this.add.rectangle(0, 0, SIZE, SIZE, 0xf2e9e4).setStrokeStyle(3, 0x22223b);
      const text = this.add.text(0, 0, letter, { fontSize: '38px', color: '#22223b', fontStyle: 'bold' }).setOrigin(0.5);
      const home = { x: this.slotX(i), y: 330 };
      const box = this.add.container(home.x, home.y, [bg, text]).setSize(SIZE, SIZE).setInteractive({ useHandCursor: true });
      const tile = { letter, box, home, slot: -1 };
      box.on('pointerdown', () => this.clickTile(tile));
      return tile;
    });
    this.info.setText(`Word ${this.round + 1} of ${ROUNDS}   ·   Score ${this.score}`);
    this.message.setText('');
  }

  moveTile(tile, slot) {
    tile.slot = slot;
    const target = slot === -1 ? tile.home : { x: this.slotX(slot), y: 200 };
    this.tweens.add({ targets: tile.box, x: target.x, y: target.y, duration: 180, ease: 'Quad.easeOut' });
  }

  clickTile(tile) {
    if (this.locked) return;
    if (tile.slot >= 0) {
      this.answer[tile.slot] = null;
      this.moveTile(tile, -1);
      return;
    }
    const free = this.answer.indexOf(null);
    this.answer[free] = tile;
    this.moveTile(tile, free);
    if (this.answer.every(t => t)) this.check();
  }

  check() {
    const guess = this.answer.map(t => t.letter).join('');
    this.locked = true;
    if (guess === this.word) {
      this.score++;
      this.message.setText('Correct!').setColor('#2a9d8f');
      this.time.delayedCall(800, () => {
        this.round++;
        if (this.round < ROUNDS) this.startRound();
        else this.finish();
      });
    } else {
      this.message.setText('Not quite - try again').setColor('#e63946');
      this.time.delayedCall(600, () => {
        this.answer.forEach(t => this.moveTile(t, -1));
        this.answer.fill(null);
        this.locked = false;
      });
    }
  }

  finish() {
    this.tiles.forEach(t => t.box.destroy());
    this.tiles = [];
    this.slotMarks.clear();
    this.info.setText('');
    this.message.setText(`Game over! Score ${this.score} / ${ROUNDS}\nClick to play again`).setColor('#2b2d42');
    this.input.once('pointerdown', () => this.scene.restart());
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 500,
  backgroundColor: '#c9ada7',
  scene: AnagramScene
});
