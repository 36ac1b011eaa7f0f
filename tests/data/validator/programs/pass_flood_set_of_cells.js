// Paint the 4x4 board with clicks, each click painting a cell yellow; when every cell is yellow say "Done"
class Paint extends Phaser.Scene {
  create() {
    this.cells = [];
    for (let y = 0; y < 4; y++) {
      this.cells.push([]);
      for (let x = 0; x < 4; x++) this.cells[y].push('grey');
    }
    this.msg = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const x = Math.floor((p.x - 200) / 100); const y = Math.floor((p.y - 100) / 100);
      if (x < 0 || y < 0 || x > 3 || y > 3) return;
      this.cells[y][x] = 'yellow';
      this.add.rectangle(250 + x * 100, 150 + y * 100, 96, 96, 0xffee00);
      if (new Set(this.cells.flat()).size === 1 && this.cells[0][0] === 'yellow') this.msg.setText('Done');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Paint });
