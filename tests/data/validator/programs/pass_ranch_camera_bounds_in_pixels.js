// Ranch map: a 50x30 grid of 32 px fields; drag to look around the ranch
const FIELD = { cols: 50, rows: 30, size: 32 };
class Ranch extends Phaser.Scene {
  constructor() { super('ranch'); }
  create() {
    const g = this.add.graphics();
    for (let r = 0; r < FIELD.rows; r++) {
      for (let c = 0; c < FIELD.cols; c++) {
        g.fillStyle((r + c) % 2 ? 0x7cb342 : 0x8bc34a, 1).fillRect(c * FIELD.size, r * FIELD.size, FIELD.size, FIELD.size);
      }
    }
    const cam = this.cameras.main;
    cam.setBounds(0, 0, FIELD.cols * FIELD.size, FIELD.rows * FIELD.size);
    this.input.on('pointermove', (p) => {
      if (!p.isDown) return;
      cam.scrollX -= (p.x - p.prevPosition.x);
      cam.scrollY -= (p.y - p.prevPosition.y);
    });
    this.add.text(10, 10, 'Drag to look around', { fontSize: '18px', color: '#ffffff' }).setScrollFactor(0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Ranch });
