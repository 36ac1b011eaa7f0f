// Mini go board 9x9: click an intersection area (a cell) to place a stone; black and white take turns
const CELL = 44, SIZE = CELL * 9;
class Go extends Phaser.Scene {
  constructor() { super('go'); }
  create() {
    this.board = this.add.container(400, 320);
    const g = this.add.graphics();
    g.fillStyle(0xdeb887).fillRect(-SIZE / 2, -SIZE / 2, SIZE, SIZE);
    g.lineStyle(2, 0x5d4037);
    for (let i = 0; i <= 9; i++) {
      g.lineBetween(-SIZE / 2 + i * CELL, -SIZE / 2, -SIZE / 2 + i * CELL, SIZE / 2);
      g.lineBetween(-SIZE / 2, -SIZE / 2 + i * CELL, SIZE / 2, -SIZE / 2 + i * CELL);
    }
    this.board.add(g);
    this.stones = [];
    this.black = true;
    this.info = this.add.text(400, 40, 'Black to play', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', (pointer) => {
      const col = Math.floor((pointer.x - this.board.x + SIZE / 2) / CELL);
      const row = Math.floor((pointer.y - this.board.y + SIZE / 2) / CELL);
      if (col < 0 || col > 8 || row < 0 || row > 8 || this.stones[row * 9 + col]) return;
      const stone = this.add.circle(-SIZE / 2 + col * CELL + CELL / 2, -SIZE / 2 + row * CELL + CELL / 2, 18, this.black ? 0x111111 : 0xfafafa);
      this.board.add(stone);
      this.stones[row * 9 + col] = stone;
      this.black = !this.black;
      this.info.setText(this.black ? 'Black to play' : 'White to play');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 640, backgroundColor: '#3e2723', scene: Go });
