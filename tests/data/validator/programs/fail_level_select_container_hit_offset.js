// Level select: a 3x2 grid of level cards (each a container with a panel and a number); click one to start it
class Select extends Phaser.Scene {
  constructor() { super('select'); }
  create() {
    this.chosen = this.add.text(20, 20, 'pick a level', { fontSize: '18px', color: '#fff' });
    for (let i = 0; i < 6; i++) {
      const panel = this.add.rectangle(0, 0, 100, 80, 0x2266aa);
      const num = this.add.text(0, 0, String(i + 1), { fontSize: '32px', color: '#fff' }).setOrigin(0.5);
      const card = this.add.container(120 + (i % 3) * 140, 130 + Math.floor(i / 3) * 120, [panel, num]);
      card.setSize(100, 80);
      card.setInteractive(new Phaser.Geom.Rectangle(-50, -40, 100, 80), Phaser.Geom.Rectangle.Contains);
      card.on('pointerdown', () => this.chosen.setText('level ' + (i + 1) + ' starting...'));
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 320, backgroundColor: '#101820', scene: Select });
