// Walk a marker along a row of eight cells with RIGHT; at the last cell it says "End of the row"
class Row extends Phaser.Scene {
  create() {
    this.cells = 8;
    this.at = 0;
    this.marker = this.add.rectangle(60, 300, 40, 40, 0xffaa00);
    this.msg = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-RIGHT', () => {
      if (this.at + 1 === this.cells) return;
      this.at += 1;
      this.marker.x = 60 + this.at * 80;
      if (this.at === this.cells - 1) this.msg.setText('End of the row');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Row });
