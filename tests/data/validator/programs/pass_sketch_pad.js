// Sketch pad: press and drag below the toolbar to draw smooth freehand lines in the selected colour (click one of 6 swatches) and brush size ([ and ] change the size by 2 between 2 and 30, shown as a ring that follows the cursor); every press starts a new separate line, never joined to the line drawn before it; C clears the page.
const TOOLBAR = 70;
const INKS = [0x222222, 0xd62828, 0xf77f00, 0x2a9d8f, 0x1d3557, 0x9d4edd];

class SketchScene extends Phaser.Scene {
  constructor() {
    super('Sketch');
  }

  create() {
    this.size = 8;
    this.ink = INKS[0];
    this.drawing = false;
    this.last = null;

    this.paper = this.add.graphics();

    this.add.rectangle(0, 0, 800, TOOLBAR, 0x3d405b).setOrigin(0);
    this.swatches = INKS.map((col, i) => {
      const sw = this.add.circle(40 + i * 50, TOOLBAR / 2, 17, col).setStrokeStyle(2, 0xffffff);
      sw.setInteractive({ useHandCursor: true });
      sw.on('pointerdown', () => this.pickInk(i));
      return sw;
    });
    this.sizeText = this.add.text(360, 22, '', { fontSize: '22px', color: '#f4f1de' });
    this.add.text(520, 25, '[ ] size   C clear', { fontSize: '18px', color: '#c9c9d9' });

    this.ring = this.add.circle(-50, -50, this.size / 2).setStrokeStyle(1, 0x555555);

    this.input.on('pointerdown', (p) => {
      if (p.y < TOOLBAR) return;
      this.drawing = true;
      this.last = { x: p.x, y: p.y };
      this.paper.fillStyle(this.ink, 1);
      this.paper.fillCircle(p.x, p.y, this.size / 2);
    });
    this.input.on('pointermove', (p) => {
      this.ring.setPosition(p.x, p.y);
      this.ring.setVisible(p.y >= TOOLBAR);
      if (!this.drawing || !p.isDown) return;
      if (this.last) this.segment(this.last.x, this.last.y, p.x, Math.max(p.y, TOOLBAR));
      this.last = { x: p.x, y: Math.max(p.y, TOOLBAR) };
    });
    this.input.on('pointerup', () => {
      this.drawing = false;
    });

    this.input.keyboard.on('keydown-OPEN_BRACKET', () => this.resize(-2));
    this.input.keyboard.on('keydown-CLOSED_BRACKET', () => this.resize(2));
    this.input.keyboard.on('keydown-C', () => this.paper.clear());

    this.pickInk(0);
    this.resize(0);
  }

  segment(x1, y1, x2, y2) {
    this.paper.lineStyle(this.size, this.ink, 1);
    this.paper.lineBetween(x1, y1, x2, y2);
    this.paper.fillStyle(this.ink, 1);
    this.paper.fillCircle(x2, y2, this.size / 2);
  }

  pickInk(i) {
    this.ink = INKS[i];
    this.swatches.forEach((sw, j) => sw.setStrokeStyle(j === i ? 4 : 2, j === i ? 0xffd166 : 0xffffff));
  }

  resize(step) {
    this.size = Phaser.Math.Clamp(this.size + step, 2, 30);
    this.ring.setRadius(this.size / 2);
    this.sizeText.setText(`Size: ${this.size}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#fdfcf7',
  scene: SketchScene,
};

new Phaser.Game(config);
