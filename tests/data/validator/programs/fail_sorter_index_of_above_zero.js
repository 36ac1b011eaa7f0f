// Click a fruit to drop it in the basket; the basket takes only apples and pears
class Sorter extends Phaser.Scene {
  create() {
    this.takes = ['apple', 'pear'];
    this.count = 0;
    this.label = this.add.text(20, 20, 'In basket: 0', { fontSize: '22px', color: '#ffffff' });
    ['apple', 'plum', 'pear'].forEach((kind, i) => {
      const fruit = this.add.circle(200 + i * 200, 300, 40, [0xff3333, 0x8833aa, 0xaacc33][i]).setInteractive();
      fruit.on('pointerdown', () => {
        if (this.takes.indexOf(kind) > 0) { this.count += 1; fruit.destroy(); this.label.setText('In basket: ' + this.count); }
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sorter });
