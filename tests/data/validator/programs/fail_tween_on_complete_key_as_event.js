// Click a peg to move the top disc over and down; moves are counted.
class Pegs extends Phaser.Scene {
  constructor() { super('pegs'); }
  preload() {}
  create() {
    this.moves = 0;
    this.moving = false;
    this.label = this.add.text(10, 10, 'Moves: 0', { color: '#ffffff' });
    this.disc = this.add.rectangle(200, 400, 120, 24, 0xff8844);
    [200, 400, 600].forEach((x) => {
      this.add.rectangle(x, 360, 10, 160, 0x886644);
      const zone = this.add.zone(x, 360, 160, 240).setInteractive();
      zone.on('pointerdown', () => this.moveTo(x));
    });
  }
  moveTo(x) {
    if (this.moving) return;
    this.moving = true;
    const across = this.tweens.add({ targets: this.disc, x, duration: 200 });
    across.on('onComplete', () => {
      this.moving = false;
      this.moves += 1;
      this.label.setText('Moves: ' + this.moves);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pegs });
