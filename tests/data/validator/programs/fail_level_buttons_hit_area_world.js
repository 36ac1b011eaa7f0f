// Level select: six level buttons (140x90) in a 3x2 grid; clicking a button starts that level (the title shows which).
class SelectScene extends Phaser.Scene {
  constructor() { super('select'); }
  preload() {}
  create() {
    this.title = this.add.text(400, 60, 'Choose a level', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    for (let i = 0; i < 6; i++) {
      const x = 200 + (i % 3) * 200;
      const y = 220 + Math.floor(i / 3) * 160;
      const button = this.add.rectangle(x, y, 140, 90, 0x1e88e5).setStrokeStyle(3, 0xffffff);
      this.add.text(x, y, 'Level ' + (i + 1), { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
      button.setInteractive(new Phaser.Geom.Rectangle(x - 70, y - 45, 140, 90), Phaser.Geom.Rectangle.Contains);
      button.on('pointerdown', () => this.title.setText('Level ' + (i + 1) + ' starts!'));
    }
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: SelectScene });
