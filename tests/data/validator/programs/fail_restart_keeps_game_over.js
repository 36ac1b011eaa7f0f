// gameOver lives in a module variable: scene.restart() runs create() again but nothing sets it back to false
let gameOver = false;
let score = 0;
let player;
let scoreText;

function preload() {}

function create() {
  player = this.add.rectangle(400, 300, 40, 40, 0x00ff00);
  scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
  this.time.delayedCall(1000, () => {
    gameOver = true;
    scoreText.setText('Game over - press R');
  });
  this.input.keyboard.on('keydown-R', () => this.scene.restart());
}

function update() {
  if (gameOver) return;
  player.x = (player.x + 2) % 800;
  score += 1;
  scoreText.setText('Score: ' + score);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create, update } });
