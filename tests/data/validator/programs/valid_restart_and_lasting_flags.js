// a restart that puts the round back in create(), and a flag meant to outlive restarts (music starts once)
let musicStarted = false;

class Round extends Phaser.Scene {
  constructor() {
    super('round');
    this.gameOver = false;
  }

  preload() {}

  create() {
    this.gameOver = false;
    this.score = 0;
    this.box = this.add.rectangle(100, 300, 40, 40, 0x44ccff);
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', () => {
      if (!musicStarted) musicStarted = true;
      if (this.gameOver) this.scene.restart();
    });
    this.time.delayedCall(900, () => { this.gameOver = true; });
  }

  update() {
    if (this.gameOver) return;
    this.box.x = (this.box.x + 2) % 800;
    this.score += 1;
    this.label.setText('Score: ' + this.score);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Round });
