// Line plotter: a coordinate grid from -10 to 10 on both axes shows two marked points of a target line y = mx + c (m from -3 to 3, c from -6 to 6, whole numbers); Up/Down change your slope m by 1 and Left/Right change your intercept c by 1, and your line is redrawn across the grid after every change with its equation shown; Enter checks: when your line goes through both marked points it scores and a new target appears.
const UNIT = 22;
const CX = 260;
const CY = 300;

class PlotScene extends Phaser.Scene {
  constructor() {
    super('plot');
  }

  create() {
    const g = this.add.graphics();
    for (let i = -10; i <= 10; i++) {
      g.lineStyle(1, i % 5 === 0 ? 0x90a4ae : 0xcfd8dc, 1);
      g.lineBetween(this.px(i), this.py(-10), this.px(i), this.py(10));
      g.lineBetween(this.px(-10), this.py(i), this.px(10), this.py(i));
    }
    g.lineStyle(2, 0x263238, 1);
    g.lineBetween(this.px(-10), CY, this.px(10), CY);
    g.lineBetween(CX, this.py(-10), CX, this.py(10));
    [-10, -5, 5, 10].forEach((n) => {
      this.add.text(this.px(n), CY + 4, String(n), { fontSize: '12px', color: '#455a64' }).setOrigin(0.5, 0);
      this.add.text(CX - 4, this.py(n), String(n), { fontSize: '12px', color: '#455a64' }).setOrigin(1, 0.5);
    });

    this.markers = this.add.graphics().setDepth(2);
    this.markerLabels = [];
    this.eqText = this.add.text(520, 90, '', { fontSize: '28px', color: '#1565c0' });
    this.scoreText = this.add.text(520, 150, '', { fontSize: '22px', color: '#263238' });
    this.msg = this.add.text(520, 210, '', { fontSize: '20px', color: '#2e7d32', wordWrap: { width: 260 } });
    this.add.text(520, 470, 'Up/Down: slope m\nLeft/Right: intercept c\nEnter: check', {
      fontSize: '18px', color: '#546e7a'
    });

    this.score = 0;
    this.m = 0;
    this.c = 0;
    this.playerLine = null;

    this.input.keyboard.on('keydown-UP', () => this.change(1, 0));
    this.input.keyboard.on('keydown-DOWN', () => this.change(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.change(0, 1));
    this.input.keyboard.on('keydown-LEFT', () => this.change(0, -1));
    this.input.keyboard.on('keydown-ENTER', () => this.check());

    this.newTarget();
    this.drawPlayerLine();
  }

  px(x) {
    return CX + x * UNIT;
  }

  py(y) {
    return CY - y * UNIT;
  }

  newTarget() {
    do {
      this.tm = Phaser.Math.Between(-3, 3);
      this.tc = Phaser.Math.Between(-6, 6);
    } while (this.tm === this.m && this.tc === this.c);
    const xs = [];
    for (let x = -10; x <= 10; x++) {
      if (Math.abs(this.tm * x + this.tc) <= 10) xs.push(x);
    }
    const a = xs[Math.floor(xs.length * 0.2)];
    const b = xs[Math.ceil(xs.length * 0.8) - 1];
    this.targetPoints = [a, b].map((x) => ({ x, y: this.tm * x + this.tc }));
    this.markers.clear();
    this.markerLabels.forEach((t) => t.destroy());
    this.markerLabels = this.targetPoints.map((p) => {
      this.markers.fillStyle(0xd32f2f, 1).fillCircle(this.px(p.x), this.py(p.y), 7);
      return this.add.text(this.px(p.x) + 9, this.py(p.y) - 9, '(' + p.x + ', ' + p.y + ')', {
        fontSize: '14px', color: '#b71c1c', backgroundColor: '#ffffffcc'
      }).setOrigin(0, 1).setDepth(3);
    });
    this.scoreText.setText('Score: ' + this.score);
  }

  change(dm, dc) {
    this.m = Phaser.Math.Clamp(this.m + dm, -3, 3);
    this.c = Phaser.Math.Clamp(this.c + dc, -10, 10);
    this.msg.setText('');
    this.drawPlayerLine();
  }

  segment() {
    let x1 = -10;
    let x2 = 10;
    if (this.m !== 0) {
      const a = (-10 - this.c) / this.m;
      const b = (10 - this.c) / this.m;
      x1 = Math.max(-10, Math.min(a, b));
      x2 = Math.min(10, Math.max(a, b));
    }
    return [x1, this.m * x1 + this.c, x2, this.m * x2 + this.c];
  }

  drawPlayerLine() {
    if (this.playerLine) this.playerLine.destroy();
    const [x1, y1, x2, y2] = this.segment();
    this.playerLine = this.add.line(0, 0, this.px(x1), this.py(y1), this.px(x2), this.py(y2), 0x1565c0)
      .setLineWidth(3)
      .setDepth(1);
    const sign = this.c < 0 ? ' \u2212 ' : ' + ';
    this.eqText.setText('y = ' + this.m + 'x' + sign + Math.abs(this.c));
  }

  check() {
    const hits = this.targetPoints.every((p) => this.m * p.x + this.c === p.y);
    if (hits) {
      this.score += 1;
      this.msg.setColor('#2e7d32').setText('Yes! y = ' + this.tm + 'x' + (this.tc < 0 ? ' \u2212 ' : ' + ') + Math.abs(this.tc));
      this.newTarget();
    } else {
      this.msg.setColor('#c62828').setText('Your line misses a marked point. Try again!');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#fafafa',
  scene: PlotScene
};

new Phaser.Game(config);
