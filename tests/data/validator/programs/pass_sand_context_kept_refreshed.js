// Falling sand: grains drop from the top of the screen and pile up at the bottom.
const W = 200;
const H = 150;
class Sand extends Phaser.Scene {
  constructor() { super('sand'); }
  preload() {}
  create() {
    this.tex = this.textures.createCanvas('sand', W, H);
    this.ctx = this.tex.getContext();
    this.image = this.ctx.createImageData(W, H);
    this.grid = new Uint8Array(W * H);
    this.add.image(0, 0, 'sand').setOrigin(0).setScale(4);
  }
  update() {
    for (let k = 0; k < 4; k++) this.grid[Phaser.Math.Between(60, 140)] = 1;
    for (let y = H - 2; y >= 0; y--) {
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        if (this.grid[i] && !this.grid[i + W]) { this.grid[i] = 0; this.grid[i + W] = 1; }
      }
    }
    const px = this.image.data;
    for (let i = 0; i < W * H; i++) {
      px[i * 4] = 230; px[i * 4 + 1] = 190; px[i * 4 + 2] = 90; px[i * 4 + 3] = this.grid[i] ? 255 : 0;
    }
    this.ctx.putImageData(this.image, 0, 0);
    this.tex.refresh();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: Sand });
