// Sorting game: drag each fruit into the basket of its colour
class Sort extends Phaser.Scene {
  constructor() { super('sort'); }
  create() {
    this.score = 0;
    [[0xf44336, 'red'], [0xffeb3b, 'yellow']].forEach(([c, kind], i) => {
      const basket = this.add.rectangle(200 + i * 240, 320, 160, 80, c, 0.4).setStrokeStyle(3, c).setInteractive({ dropZone: true });
      basket.setData('kind', kind);
      const fruit = this.add.circle(200 + i * 240, 100, 24, c).setInteractive({ draggable: true });
      fruit.setData('kind', kind);
    });
    this.input.on('drag', (p, obj, x, y) => obj.setPosition(x, y));
    this.input.on('drop', (pointer, fruit, basket) => {
      if (basket.getData('kind') === fruit.getData('kind')) { this.score++; fruit.disableInteractive(); }
    });
    this.label = this.add.text(10, 10, '', { fontSize: '20px', color: '#ffffff' });
  }
  update() { this.label.setText('Sorted: ' + this.score); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#4e342e', scene: Sort });
