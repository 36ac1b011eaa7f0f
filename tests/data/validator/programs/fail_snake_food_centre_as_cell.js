// Snake on a 20x20 grid: arrow keys steer, eating the food grows the snake by one segment and scores 10, and hitting a wall or itself ends the game (SPACE restarts).
const CELL = 20, COLS = 20, ROWS = 20;

class SnakeScene extends Phaser.Scene {
  constructor() { super('Snake'); }

  create() {
    this.snake = [{ x: 6, y: 10 }, { x: 5, y: 10 }, { x: 4, y: 10 }];
    this.dir = { x: 1, y: 0 };
    this.nextDir = { x: 1, y: 0 };
    this.score = 0;
    this.gfx = this.add.graphics();
    this.food = this.add.circle(0, 0, CELL / 2 - 2, 0xf43f5e);
    this.scoreText = this.add.text(6, 4, 'Score: 0', { fontSize: '16px', color: '#e5e7eb' }).setDepth(1);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.placeFood();
    this.draw();
    this.time.addEvent({ delay: 120, loop: true, callback: this.step, callbackScope: this });
  }

  placeFood() {
    const free = [];
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        if (!this.snake.some(s => s.x === x && s.y === y)) free.push({ x, y });
      }
    }
    const cell = Phaser.Utils.Array.GetRandom(free);
    this.food.setPosition(cell.x * CELL + CELL / 2, cell.y * CELL + CELL / 2);
  }

  update() {
    const { left, right, up, down } = this.cursors;
    if (left.isDown && this.dir.x === 0) this.nextDir = { x: -1, y: 0 };
    else if (right.isDown && this.dir.x === 0) this.nextDir = { x: 1, y: 0 };
    else if (up.isDown && this.dir.y === 0) this.nextDir = { x: 0, y: -1 };
    else if (down.isDown && this.dir.y === 0) this.nextDir = { x: 0, y: 1 };
  }

  step() {
    this.dir = this.nextDir;
    const head = { x: this.snake[0].x + this.dir.x, y: this.snake[0].y + this.dir.y };
    const hitWall = head.x < 0 || head.x >= COLS || head.y < 0 || head.y >= ROWS;
    if (hitWall || this.snake.slice(0, -1).some(s => s.x === head.x && s.y === head.y)) {
      this.scene.start('GameOver', { score: this.score });
      return;
    }
    this.snake.unshift(head);
    if (head.x === this.food.x / CELL && head.y === this.food.y / CELL) {
      this.score += 10;
      this.scoreText.setText('Score: ' + this.score);
      this.placeFood();
    } else {
      this.snake.pop();
    }
    this.draw();
  }

  draw() {
    this.gfx.clear();
    this.snake.forEach((s, i) => {
      this.gfx.fillStyle(i === 0 ? 0x86efac : 0x22c55e);
      this.gfx.fillRect(s.x * CELL + 1, s.y * CELL + 1, CELL - 2, CELL - 2);
    });
  }
}

class GameOverScene extends Phaser.Scene {
  constructor() { super('GameOver'); }

  create(data) {
    this.finalScore = data.score;
    this.add.text(200, 170, 'GAME OVER', { fontSize: '40px', color: '#f87171' }).setOrigin(0.5);
    this.add.text(200, 220, `Score: ${data.score}\nPress SPACE to play again`, { fontSize: '18px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('Snake'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: COLS * CELL, height: ROWS * CELL, backgroundColor: '#0b1320',
  scene: [SnakeScene, GameOverScene]
});
