// A heat map of 40 x 30 cells drawn into a canvas texture: warm colours in the middle, cold at the edges.
class Heat extends Phaser.Scene {
  constructor() { super('heat'); }
  preload() {}
  create() {
    const tex = this.textures.createCanvas('heat', 800, 600);
    const ctx = tex.getContext();
    for (let y = 0; y < 30; y++) {
      for (let x = 0; x < 40; x++) {
        const d = Math.hypot(x - 20, y - 15) / 25;
        const warm = Math.max(0, Math.min(1, 1 - d));
        ctx.fillStyle = Phaser.Display.Color.GetColor(Math.round(255 * warm), 40, Math.round(255 * (1 - warm)));
        ctx.fillRect(x * 20, y * 20, 20, 20);
      }
    }
    tex.refresh();
    this.add.image(0, 0, 'heat').setOrigin(0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Heat });
