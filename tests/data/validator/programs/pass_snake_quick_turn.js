// Snake on a 20x15 grid of 32px cells: arrow keys steer, the snake steps every 150 ms, eating the red food adds one segment and 10 points, hitting a wall or itself ends the game and SPACE restarts; a key for the direction opposite to the one the snake last moved in is ignored, even when two keys are pressed quickly within one step.
const CELL = 32;
const COLS = 20;
const ROWS = 15;

class SnakeScene extends Phaser.Scene {
  constructor() {
    super('snake');
  }

  create() {
    this.snake = [{ x: 6, y: 7 }, { x: 5, y: 7 }, { x: 4, y: 7 }];
    this.dir = { x: 1, y: 0 };
    this.nextDir = { x: 1, y: 0 };
    this.score = 0;
    this.dead = false;

    this.gfx = this.add.graphics();
    this.scoreText = this.add.text(8, 6, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(COLS * CELL / 2, ROWS * CELL / 2, '', {
      fontSize: '28px', color: '#ffdd55', align: 'center'
    }).setOrigin(0.5);

    const dirs = {
      LEFT: { x: -1, y: 0 },
      RIGHT: { x: 1, y: 0 },
      UP: { x: 0, y: -1 },
      DOWN: { x: 0, y: 1 }
    };
    Object.keys(dirs).forEach((name) => {
      this.input.keyboard.on('keydown-' + name, () => this.turn(dirs[name]));
    });
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.dead) this.scene.restart();
    });

    this.placeFood();
    this.stepTimer = this.time.addEvent({ delay: 150, loop: true, callback: this.step, callbackScope: this });
    this.draw();
  }

  turn(d) {
    if (this.dead) return;
    if (d.x === -this.dir.x && d.y === -this.dir.y) return;
    this.nextDir = d;
  }

  placeFood() {
    const free = [];
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        if (!this.snake.some((s) => s.x === x && s.y === y)) free.push({ x, y });
      }
    }
    this.food = Phaser.Utils.Array.GetRandom(free);
  }

  step() {
    this.dir = this.nextDir;
    const head = { x: this.snake[0].x + this.dir.x, y: this.snake[0].y + this.dir.y };
    const eats = head.x === this.food.x && head.y === this.food.y;
    const body = eats ? this.snake : this.snake.slice(0, -1);
    const outside = head.x < 0 || head.y < 0 || head.x >= COLS || head.y >= ROWS;
    if (outside || body.some((s) => s.x === head.x && s.y === head.y)) {
      this.gameOver();
      return;
    }
    this.snake.unshift(head);
    if (eats) {
      this.score += 10;
      this.scoreText.setText('Score: ' + this.score);
      this.placeFood();
    } else {
      this.snake.pop();
    }
    this.draw();
  }

  gameOver() {
    this.dead = true;
    this.stepTimer.remove();
    this.msg.setText('GAME OVER\nScore ' + this.score + '\nSPACE to play again');
  }

  draw() {
    const g = this.gfx;
    g.clear();
    g.fillStyle(0x202830, 1);
    g.fillRect(0, 0, COLS * CELL, ROWS * CELL);
    g.fillStyle(0xe04040, 1);
    g.fillCircle(this.food.x * CELL + CELL / 2, this.food.y * CELL + CELL / 2, CELL / 2 - 4);
    this.snake.forEach((s, i) => {
      g.fillStyle(i === 0 ? 0x9cff6a : 0x4cc84a, 1);
      g.fillRect(s.x * CELL + 2, s.y * CELL + 2, CELL - 4, CELL - 4);
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: COLS * CELL,
  height: ROWS * CELL,
  backgroundColor: '#101418',
  scene: SnakeScene
};

new Phaser.Game(config);
