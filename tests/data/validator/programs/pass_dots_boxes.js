// Dots and boxes for two players on a 5x5 grid of dots (4x4 boxes): click between two neighbouring dots to draw that line; a player who completes a box (or two boxes with one line) colours every box completed, scores one point for each and must move again, otherwise the turn passes; when all 16 boxes are taken the winner is shown and R restarts.
const DOTS = 5;
const GAP = 100;
const OX = 200;
const OY = 110;
const COLORS = [0x3a86ff, 0xff006e];
const NAMES = ['Blue', 'Red'];

const DotsScene = {
  key: 'DotsScene',

  create() {
    this.h = Array.from({ length: DOTS }, () => Array(DOTS - 1).fill(false));
    this.v = Array.from({ length: DOTS - 1 }, () => Array(DOTS).fill(false));
    this.owner = Array.from({ length: DOTS - 1 }, () => Array(DOTS - 1).fill(null));
    this.scores = [0, 0];
    this.turn = 0;
    this.over = false;

    this.boxGfx = this.add.graphics();
    this.lineGfx = this.add.graphics();
    this.hoverGfx = this.add.graphics();
    const dots = this.add.graphics({ fillStyle: { color: 0xf1faee } });
    for (let r = 0; r < DOTS; r++) {
      for (let c = 0; c < DOTS; c++) {
        dots.fillCircle(OX + c * GAP, OY + r * GAP, 7);
      }
    }

    this.scoreText = this.add.text(400, 30, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.turnText = this.add.text(400, 570, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.refreshHud();

    this.input.on('pointermove', (p) => {
      this.hoverGfx.clear();
      const line = this.lineAt(p.x, p.y);
      if (line && !this.isDrawn(line) && !this.over) {
        this.hoverGfx.lineStyle(4, COLORS[this.turn], 0.35);
        this.strokeLine(this.hoverGfx, line);
      }
    });
    this.input.on('pointerdown', (p) => {
      const line = this.lineAt(p.x, p.y);
      if (line && !this.over) {
        this.drawLine(line);
      }
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  },

  extend: {
    lineAt(x, y) {
      const lx = (x - OX) / GAP;
      const ly = (y - OY) / GAP;
      const hr = Math.round(ly);
      const hc = Math.floor(lx);
      const vc = Math.round(lx);
      const vr = Math.floor(ly);
      const hDist = Math.abs(ly - hr);
      const vDist = Math.abs(lx - vc);
      const hOk = hr >= 0 && hr < DOTS && hc >= 0 && hc < DOTS - 1 && hDist < 0.25;
      const vOk = vr >= 0 && vr < DOTS - 1 && vc >= 0 && vc < DOTS && vDist < 0.25;
      if (hOk && (!vOk || hDist <= vDist)) {
        return { kind: 'h', r: hr, c: hc };
      }
      if (vOk) {
        return { kind: 'v', r: vr, c: vc };
      }
      return null;
    },

    isDrawn(line) {
      return line.kind === 'h' ? this.h[line.r][line.c] : this.v[line.r][line.c];
    },

    strokeLine(g, line) {
      const x = OX + line.c * GAP;
      const y = OY + line.r * GAP;
      if (line.kind === 'h') {
        g.lineBetween(x + 8, y, x + GAP - 8, y);
      } else {
        g.lineBetween(x, y + 8, x, y + GAP - 8);
      }
    },

    drawLine(line) {
      if (this.isDrawn(line)) {
        return;
      }
      if (line.kind === 'h') {
        this.h[line.r][line.c] = true;
      } else {
        this.v[line.r][line.c] = true;
      }
      this.lineGfx.lineStyle(6, 0xf1faee, 1);
      this.strokeLine(this.lineGfx, line);
      this.hoverGfx.clear();

      const neighbours = line.kind === 'h'
        ? [[line.r - 1, line.c], [line.r, line.c]]
        : [[line.r, line.c - 1], [line.r, line.c]];
      const scored = neighbours.filter(([r, c]) => this.tryClaim(r, c)).length > 0;
      if (!scored) {
        this.turn = 1 - this.turn;
      }
      if (this.scores[0] + this.scores[1] === (DOTS - 1) * (DOTS - 1)) {
        this.over = true;
      }
      this.refreshHud();
    },

    tryClaim(r, c) {
      if (r < 0 || c < 0 || r >= DOTS - 1 || c >= DOTS - 1 || this.owner[r][c] !== null) {
        return false;
      }
      if (!(this.h[r][c] && this.h[r + 1][c] && this.v[r][c] && this.v[r][c + 1])) {
        return false;
      }
      this.owner[r][c] = this.turn;
      this.scores[this.turn] += 1;
      this.boxGfx.fillStyle(COLORS[this.turn], 0.6);
      this.boxGfx.fillRect(OX + c * GAP + 6, OY + r * GAP + 6, GAP - 12, GAP - 12);
      return true;
    },

    refreshHud() {
      this.scoreText.setText(`Blue ${this.scores[0]}  :  ${this.scores[1]} Red`);
      if (this.over) {
        const [b, red] = this.scores;
        const result = b === red ? 'Draw!' : (b > red ? 'Blue wins!' : 'Red wins!');
        this.turnText.setText(result + '   R: play again').setColor('#ffd166');
      } else {
        this.turnText.setText(NAMES[this.turn] + ' to move').setColor(this.turn === 0 ? '#8ecae6' : '#ffafcc');
      }
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14213d',
  scene: DotsScene
};

new Phaser.Game(config);
