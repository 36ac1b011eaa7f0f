// Lights out on a 3x3 grid: click a lamp to toggle it and its neighbours; a status line counts the moves.
class Lights extends Phaser.Scene {
  constructor() { super('lights'); }
  preload() {}
  create() {
    this.moves = 0;
    this.status = this.add.existing(new Phaser.GameObjects.Text(this, 400, 40, 'Moves: 0', { fontSize: '26px', color: '#ffffff' })).setOrigin(0.5);
    this.lamps = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        const lamp = this.add.rectangle(280 + c * 120, 180 + r * 120, 100, 100, 0x444444).setInteractive();
        lamp.on_ = false;
        lamp.setData('rc', [r, c]);
        lamp.on('pointerdown', () => this.press(r, c));
        this.lamps.push(lamp);
      }
    }
  }
  press(r, c) {
    for (const [dr, dc] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const lamp = this.lamps.find((l) => l.getData('rc')[0] === r + dr && l.getData('rc')[1] === c + dc);
      if (lamp) { lamp.on_ = !lamp.on_; lamp.setFillStyle(lamp.on_ ? 0xffee66 : 0x444444); }
    }
    this.moves += 1;
    this.status.setText('Moves: ' + this.moves);
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#111122', scene: Lights });
