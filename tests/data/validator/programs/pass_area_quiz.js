// Area quiz on a square grid: a random triangle with its corners on grid points of an 8x8 grid is drawn; type its area in square units (halves allowed, e.g. 7.5) and press Enter; a right answer adds a point, a wrong one shows the right area; a new triangle follows each answer, 10 triangles per game, then the score out of 10 is shown and Space starts a new game.
const UNIT = 50;
const GRID = 8;
const OX = 40;
const OY = 80;

class AreaQuiz extends Phaser.Scene {
  constructor() {
    super({ key: 'AreaQuiz' });
  }

  create() {
    this.gfx = this.add.graphics();
    this.add.text(480, 100, 'Area quiz', { fontSize: '28px', color: '#1d3557', fontStyle: 'bold' });
    this.scoreText = this.add.text(480, 150, '', { fontSize: '20px', color: '#1d3557' });
    this.inputText = this.add.text(480, 220, '', { fontSize: '26px', color: '#000000' });
    this.feedback = this.add.text(480, 280, '', { fontSize: '20px', color: '#e63946', wordWrap: { width: 300 } });
    this.add.text(40, 560, 'Type the area (digits and .), Enter to check, Backspace to delete', {
      fontSize: '16px', color: '#457b9d'
    });
    this.input.keyboard.on('keydown', this.handleKey, this);
    this.startGame();
  }

  startGame() {
    this.round = 0;
    this.score = 0;
    this.finished = false;
    this.feedback.setText('');
    this.nextTriangle();
  }

  nextTriangle() {
    this.round += 1;
    this.typed = '';
    let pts;
    do {
      pts = [];
      for (let i = 0; i < 3; i++) {
        pts.push({ x: Phaser.Math.Between(0, GRID), y: Phaser.Math.Between(0, GRID) });
      }
    } while ((pts[1].x - pts[0].x) * (pts[2].y - pts[0].y) === (pts[2].x - pts[0].x) * (pts[1].y - pts[0].y));
    const poly = new Phaser.Geom.Polygon(pts);
    this.answer = Math.abs(poly.area);
    this.points = pts.map((p) => ({ x: OX + p.x * UNIT, y: OY + p.y * UNIT }));
    this.draw();
    this.refreshText();
  }

  draw() {
    const g = this.gfx;
    g.clear();
    g.lineStyle(1, 0xa8dadc, 1);
    for (let i = 0; i <= GRID; i++) {
      g.lineBetween(OX + i * UNIT, OY, OX + i * UNIT, OY + GRID * UNIT);
      g.lineBetween(OX, OY + i * UNIT, OX + GRID * UNIT, OY + i * UNIT);
    }
    g.fillStyle(0xf4a261, 0.7);
    g.lineStyle(3, 0xe76f51, 1);
    g.fillPoints(this.points, true);
    g.strokePoints(this.points, true);
    g.fillStyle(0x1d3557, 1);
    this.points.forEach((p) => g.fillCircle(p.x, p.y, 5));
  }

  refreshText() {
    this.scoreText.setText('Triangle ' + this.round + ' / 10\nScore: ' + this.score);
    this.inputText.setText('Area = ' + (this.typed || '_'));
  }

  handleKey(event) {
    if (this.finished) {
      if (event.code === 'Space') this.startGame();
      return;
    }
    if (/^[0-9]$/.test(event.key) && this.typed.length < 4) {
      this.typed += event.key;
    } else if (event.key === '.' && !this.typed.includes('.')) {
      this.typed += '.';
    } else if (event.key === 'Backspace') {
      this.typed = this.typed.slice(0, -1);
    } else if (event.key === 'Enter' && this.typed !== '' && this.typed !== '.') {
      this.check();
      return;
    }
    this.refreshText();
  }

  check() {
    const value = parseFloat(this.typed);
    if (Math.abs(value - this.answer) < 1e-6) {
      this.score += 1;
      this.feedback.setColor('#2a9d8f').setText('Right! ' + this.answer + ' square units');
    } else {
      this.feedback.setColor('#e63946').setText('Not quite: the area is ' + this.answer + ' square units');
    }
    if (this.round >= 10) {
      this.finished = true;
      this.typed = '';
      this.refreshText();
      this.feedback.setColor('#1d3557').setText('Game over!\nScore: ' + this.score + ' / 10\nSpace: new game');
      return;
    }
    this.nextTriangle();
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f1faee',
  scene: AreaQuiz
};

new Phaser.Game(config);
