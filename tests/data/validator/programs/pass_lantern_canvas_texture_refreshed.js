// A row of lanterns whose texture is painted on a canvas texture, refreshed after painting so WebGL gets the drawing.
class Lanterns extends Phaser.Scene {
  constructor() { super('lanterns'); }
  preload() {}
  create() {
    const tex = this.textures.createCanvas('lantern', 32, 48);
    const ctx = tex.getContext();
    ctx.fillStyle = '#ffb300';
    ctx.beginPath();
    ctx.ellipse(16, 26, 14, 20, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#5d4037';
    ctx.fillRect(10, 0, 12, 6);
    tex.refresh();
    for (let i = 0; i < 6; i++) {
      const lantern = this.add.image(120 + i * 110, 200, 'lantern');
      this.tweens.add({ targets: lantern, y: 220, duration: 900 + i * 80, yoyo: true, repeat: -1, ease: 'Sine.InOut' });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: Lanterns });
