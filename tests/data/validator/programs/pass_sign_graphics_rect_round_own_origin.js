// A wooden sign in the middle of the screen: a brown board drawn with Graphics and the shop's name on it
class Sign extends Phaser.Scene {
  constructor() { super('sign'); }
  create() {
    const cx = 300, cy = 200;
    const board = this.add.graphics({ x: cx, y: cy });
    board.fillStyle(0x8d6e63, 1).fillRect(-120, -40, 240, 80);
    this.add.text(cx, cy, 'BAKERY', { fontSize: '32px', color: '#fff8e1' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Sign });
