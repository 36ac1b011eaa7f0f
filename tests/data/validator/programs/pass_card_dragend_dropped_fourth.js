// Card sorting: drag the card onto the tray; a card let go anywhere else flies back to its place
class Sort extends Phaser.Scene {
  constructor() { super('sort'); }
  create() {
    this.tray = this.add.rectangle(600, 300, 180, 240, 0x37474f).setStrokeStyle(3, 0xffffff);
    this.tray.setInteractive({ dropZone: true });
    this.placed = 0;
    this.label = this.add.text(16, 16, 'On tray: 0', { fontSize: '20px', color: '#ffffff' });
    const card = this.add.rectangle(200, 300, 100, 140, 0xfff8e1).setInteractive({ draggable: true });
    card.home = { x: 200, y: 300 };
    card.on('drag', (pointer, dragX, dragY) => card.setPosition(dragX, dragY));
    card.on('drop', (pointer, zone) => {
      card.setPosition(zone.x, zone.y);
      this.placed += 1;
      this.label.setText('On tray: ' + this.placed);
    });
    card.on('dragend', (pointer, dragX, dragY, dropped) => {
      if (!dropped) this.tweens.add({ targets: card, x: card.home.x, y: card.home.y, duration: 200 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b5e20', scene: Sort });
