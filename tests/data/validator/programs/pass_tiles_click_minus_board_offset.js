// Lights Out on a 5x5 board drawn from (250, 150): the click handler takes the offset off first
const N = 5;
const TILE = 60;
const LEFT = 250;
const TOP = 150;

class LightsOut extends Phaser.Scene {
  constructor() { super('lights'); }
  preload() {}
  create() {
    this.on = [];
    this.tiles = [];
    for (let r = 0; r < N; r++) {
      this.on.push([]);
      this.tiles.push([]);
      for (let c = 0; c < N; c++) {
        this.on[r].push(true);
        this.tiles[r].push(this.add.rectangle(LEFT + c * TILE, TOP + r * TILE, TILE - 4, TILE - 4, 0xffdd44).setOrigin(0));
      }
    }
    this.input.on('pointerdown', (pointer) => {
      const c = Math.floor((pointer.x - LEFT) / TILE);
      const r = Math.floor((pointer.y - TOP) / TILE);
      if (r < 0 || r >= N || c < 0 || c >= N) return;
      for (const [dr, dc] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) this.flip(r + dr, c + dc);
    });
  }
  flip(r, c) {
    if (r < 0 || r >= N || c < 0 || c >= N) return;
    this.on[r][c] = !this.on[r][c];
    this.tiles[r][c].setFillStyle(this.on[r][c] ? 0xffdd44 : 0x333333);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#111122', scene: LightsOut });
