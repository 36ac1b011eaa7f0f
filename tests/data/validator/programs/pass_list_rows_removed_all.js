// Click "Shuffle" to show the five names again in a new order: the old rows are removed and destroyed at once
const NAMES = ['Ana', 'Bo', 'Cy', 'Di', 'Ed'];

class Names extends Phaser.Scene {
  constructor() { super('names'); }
  preload() {}
  create() {
    this.rows = this.add.container(300, 120);
    this.show(NAMES);
    this.add.text(300, 40, 'Shuffle', { fontSize: '26px', color: '#ffee88' }).setInteractive()
      .on('pointerdown', () => this.show(Phaser.Utils.Array.Shuffle(NAMES.slice())));
  }
  show(names) {
    this.rows.removeAll(true);
    names.forEach((name, i) => this.rows.add(this.add.text(0, i * 50, name, { fontSize: '28px', color: '#ffffff' })));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1e1e2e', scene: Names });
