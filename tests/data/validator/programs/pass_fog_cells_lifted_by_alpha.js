// Explore a dark cave: cells within 2 steps of the explorer are lifted from the fog; find the exit '>'
const TILE = 40, COLS = 16, ROWS = 12, SIGHT = 2;
class Cave extends Phaser.Scene {
  create() {
    this.me = { x: 1, y: 1 };
    this.exit = { x: 14, y: 10 };
    this.add.text(this.exit.x * TILE + 20, this.exit.y * TILE + 20, '>', { fontSize: '28px', color: '#ffdd00' }).setOrigin(0.5);
    this.hero = this.add.text(0, 0, '@', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5).setDepth(20);
    this.fog = [];
    for (let y = 0; y < ROWS; y++) {
      const row = [];
      for (let x = 0; x < COLS; x++) row.push(this.add.rectangle(x * TILE + 20, y * TILE + 20, TILE, TILE, 0x000000).setDepth(10));
      this.fog.push(row);
    }
    this.input.keyboard.on('keydown', (e) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (!d) return;
      this.me.x = Phaser.Math.Clamp(this.me.x + d[0], 0, COLS - 1);
      this.me.y = Phaser.Math.Clamp(this.me.y + d[1], 0, ROWS - 1);
      this.reveal();
    });
    this.reveal();
  }
  reveal() {
    this.hero.setPosition(this.me.x * TILE + 20, this.me.y * TILE + 20);
    this.fog.forEach((row, y) => row.forEach((cell, x) => {
      if (Math.abs(x - this.me.x) + Math.abs(y - this.me.y) <= SIGHT) cell.setAlpha(0);
    }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#3a3026', scene: Cave });
