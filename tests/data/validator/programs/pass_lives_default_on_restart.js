// A tap loses a life; while lives are left the scene restarts carrying them over (3 at the start), and at 0 it shows "Game over".
class S extends Phaser.Scene {
  constructor() { super('s'); }
  init(data) { this.lives = data.lives || 3; }
  create() {
    this.label = this.add.text(10, 10, 'Lives: ' + this.lives);
    this.input.on('pointerdown', () => {
      this.lives -= 1;
      if (this.lives > 0) this.scene.restart({ lives: this.lives });
      else this.label.setText('Game over');
    });
  }
}
new Phaser.Game({ width: 400, height: 300, scene: S });
