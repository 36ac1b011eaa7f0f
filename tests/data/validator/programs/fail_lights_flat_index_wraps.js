// 做一个 5×5 的点灯游戏（Lights Out）：点击一个格子会切换它自己和上下左右相邻格子的亮灭，所有灯都熄灭就胜利并显示用了几步，按空格开始新的一局
const SIZE = 5;
const CELL = 80;
const OX = 100;
const OY = 110;
const DIRS = [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]];

class LightsOutScene extends Phaser.Scene {
  constructor() {
    super('LightsOut');
  }

  create() {
    this.lights = new Array(SIZE * SIZE).fill(false);
    this.moves = 0;
    this.solved = false;

    do {
      for (let k = 0; k < 8; k++) {
        this.press(Phaser.Math.Between(0, SIZE - 1), Phaser.Math.Between(0, SIZE - 1));
      }
    } while (this.lights.every(on => !on));

    this.cells = [];
    for (let row = 0; row < SIZE; row++) {
      for (let col = 0; col < SIZE; col++) {
        const rect = this.add.rectangle(OX + col * CELL + CELL / 2, OY + row * CELL + CELL / 2, CELL - 8, CELL - 8)
          .setStrokeStyle(2, 0x495057)
          .setInteractive({ useHandCursor: true });
        rect.on('pointerdown', () => this.onCellClicked(row, col));
        this.cells.push(rect);
      }
    }

    this.movesText = this.add.text(300, 40, '步数：0', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.winText = this.add.text(300, 550, '', { fontSize: '26px', color: '#ffd43b' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => this.scene.restart());
    this.refresh();
  }

  press(row, col) {
    for (const [dr, dc] of DIRS) {
      const i = (row + dr) * SIZE + (col + dc);
      if (i >= 0 && i < SIZE * SIZE) {
        this.lights[i] = !this.lights[i];
      }
    }
  }

  onCellClicked(row, col) {
    if (this.solved) return;
    this.press(row, col);
    this.moves++;
    this.movesText.setText(`步数：${this.moves}`);
    this.refresh();
    if (this.lights.every(on => !on)) {
      this.solved = true;
      this.winText.setText(`全部熄灭！用了 ${this.moves} 步，按空格再来一局`);
    }
  }

  refresh() {
    this.cells.forEach((rect, i) => rect.setFillStyle(this.lights[i] ? 0xffe066 : 0x343a40));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 600,
  height: 600,
  backgroundColor: '#1b1e21',
  scene: LightsOutScene
});
