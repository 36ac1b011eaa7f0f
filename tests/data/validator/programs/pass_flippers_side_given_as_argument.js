// Two paddles: the left one follows the LEFT key, the right one the RIGHT key (each paddle knows its side)
class Paddles extends Phaser.Scene {
  constructor() { super('paddles'); }
  create() {
    this.keys = this.input.keyboard.addKeys({ left: 'LEFT', right: 'RIGHT' });
    this.paddles = [this.makePaddle(120, 'left'), this.makePaddle(280, 'right')];
  }
  makePaddle(x, side) {
    const p = this.add.rectangle(x, 250, 80, 12, 0x90caf9);
    p.side = side;
    return p;
  }
  update() {
    this.paddles.forEach((p) => {
      const down = p.side === 'left' ? this.keys.left.isDown : this.keys.right.isDown;
      p.angle = down ? -20 : 10;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#212121', scene: Paddles });
