// Tower placement: click an empty grid cell to build a tower (costs 25 gold) in the middle of that cell
const CELL = 40;
class BuildScene extends Phaser.Scene {
  constructor() { super('build'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x90a4ae).fillRect(0, 0, 28, 28).generateTexture('tower', 28, 28);
    g.destroy();
    const grid = this.add.graphics().lineStyle(1, 0x546e7a);
    for (let x = 0; x <= 800; x += CELL) grid.lineBetween(x, 0, x, 600);
    for (let y = 0; y <= 600; y += CELL) grid.lineBetween(0, y, 800, y);
    this.gold = 100;
    this.used = new Set();
    this.goldText = this.add.text(10, 10, 'Gold: 100', { fontSize: '20px', color: '#ffd54f' });
    this.input.on('pointerdown', (pointer) => {
      const c = Math.floor(pointer.x / CELL);
      const r = Math.floor(pointer.y / CELL);
      const key = c + ',' + r;
      if (this.used.has(key) || this.gold < 25) return;
      this.used.add(key);
      this.gold -= 25;
      this.goldText.setText('Gold: ' + this.gold);
      this.add.image(c * CELL + 20, r * CELL + 20, 'tower');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: BuildScene });
