// Higher or lower: show a card from a shuffled deck; the player presses UP (higher) or DOWN (lower) to guess the next card; a right guess scores a point, a wrong guess or a tie ends the game, and R starts a new game.
const SUITS = ['♠', '♥', '♦', '♣'];
const NAMES = { 1: 'A', 11: 'J', 12: 'Q', 13: 'K' };

function buildDeck() {
  const deck = [];
  for (const suit of SUITS) {
    for (let value = 1; value <= 13; value++) deck.push({ suit, value, name: (NAMES[value] || String(value)) + suit });
  }
  return Phaser.Utils.Array.Shuffle(deck);
}

function drawCard(scene) {
  const card = scene.deck.pop();
  scene.current = card;
  scene.cardText.setText(card.name).setColor(card.suit === '♥' || card.suit === '♦' ? '#c62828' : '#212121');
  scene.tweens.add({ targets: scene.cardGroup, scaleX: { from: 0, to: 1 }, duration: 150 });
  scene.leftText.setText(`Cards left: ${scene.deck.length}`);
  return card;
}

function newGame(scene) {
  scene.deck = buildDeck();
  scene.score = 0;
  scene.over = false;
  scene.scoreText.setText('Score: 0');
  scene.msgText.setText('UP = higher, DOWN = lower');
  drawCard(scene);
}

function guess(scene, dir) {
  if (scene.over) return;
  const previous = scene.current;
  const next = drawCard(scene);
  const diff = next.value - previous.value;
  if ((dir > 0 && diff > 0) || (dir < 0 && diff < 0)) {
    scene.score += 1;
    scene.scoreText.setText(`Score: ${scene.score}`);
    scene.msgText.setText('Right!');
    if (scene.deck.length === 0) endGame(scene, 'Deck finished!');
  } else {
    endGame(scene, diff === 0 ? 'A tie - game over' : 'Wrong - game over');
  }
}

function endGame(scene, reason) {
  scene.over = true;
  scene.msgText.setText(`${reason}  Final score ${scene.score}. Press R`);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e5d3b',
  scene: {
    create() {
      const face = this.add.rectangle(0, 0, 160, 220, 0xfafafa).setStrokeStyle(3, 0x333333);
      this.cardText = this.add.text(0, 0, '', { fontSize: '48px', fontStyle: 'bold' }).setOrigin(0.5);
      this.cardGroup = this.add.container(400, 280, [face, this.cardText]);
      this.scoreText = this.add.text(20, 20, '', { fontSize: '26px', color: '#ffffff' });
      this.leftText = this.add.text(780, 20, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
      this.msgText = this.add.text(400, 470, '', { fontSize: '24px', color: '#ffeb3b' }).setOrigin(0.5);
      this.keys = this.input.keyboard.addKeys('UP,DOWN,R');
      newGame(this);
    },
    update() {
      if (Phaser.Input.Keyboard.JustDown(this.keys.UP)) guess(this, 1);
      if (Phaser.Input.Keyboard.JustDown(this.keys.DOWN)) guess(this, -1);
      if (Phaser.Input.Keyboard.JustDown(this.keys.R) && this.over) newGame(this);
    }
  }
});
