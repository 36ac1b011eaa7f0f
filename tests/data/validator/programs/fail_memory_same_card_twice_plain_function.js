// Memory match: click cards to flip them two at a time; a matching pair stays face up, a mismatch flips back, and finding all 8 pairs shows a win message with the number of moves.
const COLS = 4;
const ROWS = 4;
const CARD_W = 90;
const CARD_H = 110;
const GAP = 16;
const SYMBOLS = ['★', '♥', '♦', '♣', '♠', '●', '▲', '■'];
const TINTS = [0xe6194b, 0x3cb44b, 0x4363d8, 0xf58231, 0x911eb4, 0x008080, 0x9a6324, 0x000075];

function makeTextures(scene) {
  const g = scene.add.graphics();
  g.fillStyle(0x2a4d8f, 1);
  g.fillRoundedRect(0, 0, CARD_W, CARD_H, 10);
  g.lineStyle(4, 0xffffff, 1);
  g.strokeRoundedRect(6, 6, CARD_W - 12, CARD_H - 12, 8);
  g.generateTexture('cardBack', CARD_W, CARD_H);
  g.clear();
  g.fillStyle(0xfaf6e9, 1);
  g.fillRoundedRect(0, 0, CARD_W, CARD_H, 10);
  g.generateTexture('cardFace', CARD_W, CARD_H);
  g.destroy();
}

function showCard(card, faceUp) {
  card.setData('faceUp', faceUp);
  card.setTexture(faceUp ? 'cardFace' : 'cardBack');
  card.getData('label').setVisible(faceUp);
}

function onCardClicked(scene, card) {
  if (scene.locked || card.getData('matched')) return;
  showCard(card, true);

  if (!scene.firstPick) {
    scene.firstPick = card;
    return;
  }

  const first = scene.firstPick;
  scene.firstPick = null;
  scene.moves++;
  scene.movesText.setText(`Moves: ${scene.moves}`);

  if (first.getData('value') === card.getData('value')) {
    first.setData('matched', true);
    card.setData('matched', true);
    scene.pairsFound++;
    scene.tweens.add({ targets: [first, card], scale: 1.08, yoyo: true, duration: 150 });
    if (scene.pairsFound === SYMBOLS.length) {
      scene.infoText.setText(`You win in ${scene.moves} moves!`);
    }
  } else {
    scene.locked = true;
    scene.time.delayedCall(800, () => {
      showCard(first, false);
      showCard(card, false);
      scene.locked = false;
    });
  }
}

function create() {
  makeTextures(this);
  this.cards = [];
  this.firstPick = null;
  this.locked = false;
  this.moves = 0;
  this.pairsFound = 0;

  const values = Phaser.Utils.Array.Shuffle([...Array(SYMBOLS.length).keys(), ...Array(SYMBOLS.length).keys()]);
  const startX = (800 - (COLS * CARD_W + (COLS - 1) * GAP)) / 2 + CARD_W / 2;
  const startY = 120;

  values.forEach((value, i) => {
    const x = startX + (i % COLS) * (CARD_W + GAP);
    const y = startY + Math.floor(i / COLS) * (CARD_H + GAP);
    const label = this.add.text(x, y, SYMBOLS[value], { fontSize: '44px', color: '#000000' })
      .setOrigin(0.5).setColor(Phaser.Display.Color.IntegerToColor(TINTS[value]).rgba).setDepth(1).setVisible(false);
    const card = this.add.image(x, y, 'cardBack').setInteractive({ useHandCursor: true });
    card.setData({ value, label, faceUp: false, matched: false });
    card.on('pointerdown', () => onCardClicked(this, card));
    this.cards.push(card);
  });

  this.add.text(400, 24, 'Memory Match', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
  this.movesText = this.add.text(20, 560, 'Moves: 0', { fontSize: '20px', color: '#ffffff' });
  this.infoText = this.add.text(400, 570, 'Find all the pairs', { fontSize: '20px', color: '#ffe066' }).setOrigin(0.5);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3b2a',
  scene: { create }
});
