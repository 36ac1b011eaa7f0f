// Each cell's own pointerdown handler reads (pointer, target): a game object passes (pointer, localX, localY, event),
// so target.index is undefined and no mark is ever placed.
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {}
  create() {
    this.marks = this.add.graphics();
    for (let i = 0; i < 9; i++) {
      const cell = this.add.rectangle(250 + (i % 3) * 150, 150 + Math.floor(i / 3) * 150, 140, 140, 0x334455).setInteractive();
      cell.index = i;
      cell.on('pointerdown', (pointer, target) => {
        const col = target.index % 3;
        const row = Math.floor(target.index / 3);
        this.marks.lineStyle(6, 0xffffff).strokeCircle(250 + col * 150, 150 + row * 150, 40);
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Board });
