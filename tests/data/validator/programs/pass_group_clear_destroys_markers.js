// Click a tile of the 6x6 board to mark its row and column with translucent yellow squares; the next click clears the old marks first.
class MarkScene extends Phaser.Scene {
  constructor() { super('marks'); }
  preload() {}
  create() {
    this.marks = this.add.group();
    for (let r = 0; r < 6; r++) for (let c = 0; c < 6; c++) this.add.rectangle(160 + c * 80, 100 + r * 80, 74, 74, 0x455a64);
    this.input.on('pointerdown', (pointer) => {
      const c = Math.floor((pointer.x - 120) / 80);
      const r = Math.floor((pointer.y - 60) / 80);
      if (c < 0 || r < 0 || c > 5 || r > 5) return;
      this.marks.clear(true, true);
      for (let i = 0; i < 6; i++) {
        this.marks.add(this.add.rectangle(160 + i * 80, 100 + r * 80, 74, 74, 0xffeb3b, 0.4));
        this.marks.add(this.add.rectangle(160 + c * 80, 100 + i * 80, 74, 74, 0xffeb3b, 0.4));
      }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: MarkScene });
