// Three rows of bricks: the top row is worth 10 points a brick, the next 20, the bottom 30; click a brick to break it
const ROW_COLOURS = [0xff6666, 0xffcc66, 0x66ccff];
class Bricks extends Phaser.Scene {
  create() {
    this.score = 0;
    this.label = this.add.text(20, 20, 'Score 0', { fontSize: '22px', color: '#ffffff' });
    for (let row = 0; row < ROW_COLOURS.length; row++) {
      for (let col = 0; col < 6; col++) {
        const brick = this.add.rectangle(150 + col * 100, 120 + row * 40, 90, 30, ROW_COLOURS[row]).setInteractive();
        brick.setData('points', (row + 1) * 10);
        brick.on('pointerdown', () => { this.score += brick.getData('points'); this.label.setText('Score ' + this.score); brick.destroy(); });
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bricks });
