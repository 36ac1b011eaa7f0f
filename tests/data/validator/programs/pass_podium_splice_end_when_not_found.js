// Click ADD to add a random score; the table keeps the scores from highest to lowest
class Podium extends Phaser.Scene {
  create() {
    this.table = [];
    this.list = this.add.text(100, 120, '', { fontSize: '24px', color: '#ffffff' });
    this.add.text(100, 60, 'ADD', { fontSize: '28px', color: '#ffee55' }).setInteractive().on('pointerdown', () => this.insert(Phaser.Math.Between(1, 99)));
  }
  insert(score) {
    const at = this.table.findIndex((s) => score > s);
    this.table.splice(at === -1 ? this.table.length : at, 0, score);
    this.list.setText(this.table.join('\n'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Podium });
