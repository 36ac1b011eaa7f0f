// Every 300 ms the board is redrawn (its frame, the preview box and the falling block), the Graphics cleared first
class Drop extends Phaser.Scene {
  constructor() { super('drop'); }
  preload() {}
  create() {
    this.gfx = this.add.graphics();
    this.row = 0;
    this.time.addEvent({ delay: 300, loop: true, callback: () => { this.row = (this.row + 1) % 18; this.draw(); } });
    this.draw();
  }
  draw() {
    const g = this.gfx;
    g.clear();
    g.lineStyle(2, 0xaaaaaa, 1);
    g.strokeRect(298, 28, 204, 544);
    g.strokeRect(540, 28, 120, 120);
    g.fillStyle(0x33ccff, 1);
    g.fillRect(380, 30 + this.row * 30, 28, 28);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: Drop });
