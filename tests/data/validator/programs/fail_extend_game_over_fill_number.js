// An object scene whose helpers live under extend: the game-over text gets a number for its fill, which the
// canvas ignores (black text on the black sky).
const config = {
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000',
  scene: {
    preload() {},
    create() {
      this.lives = 3;
      this.hud = this.add.text(12, 10, 'Lives: 3', { fontSize: '20px', fill: '#ffffff' });
      this.time.addEvent({ delay: 500, repeat: 2, callback: () => this.loseLife() });
    },
    extend: {
      loseLife() {
        this.lives -= 1;
        this.hud.setText('Lives: ' + this.lives);
        if (this.lives === 0) this.add.text(400, 300, 'GAME OVER', { fontSize: '64px', fill: 0xff2222 }).setOrigin(0.5);
      },
    },
  },
};
new Phaser.Game(config);
