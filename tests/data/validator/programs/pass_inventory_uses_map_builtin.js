// An inventory kept in a Map: click an item to add one of it
class Bag extends Phaser.Scene {
  create() {
    this.items = new Map();
    this.list = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
    ['apple', 'sword', 'gem'].forEach((name, i) => {
      const t = this.add.text(100 + i * 200, 300, name, { fontSize: '28px', color: '#ffee88' }).setInteractive();
      t.on('pointerdown', () => { this.items.set(name, (this.items.get(name) || 0) + 1); this.show(); });
    });
  }
  show() {
    this.list.setText([...this.items].map(([k, v]) => k + ' x' + v).join('\n'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bag });
