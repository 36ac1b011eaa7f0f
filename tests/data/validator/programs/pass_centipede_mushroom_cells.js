// Centipede: a 12-segment centipede walks across a 30x26 grid of 20px cells, stepping down a row and reversing whenever the next cell is the edge or a mushroom; the player moves with the arrow keys in the bottom rows and fires one shot at a time with SPACE; a mushroom takes 3 hits and then disappears and no longer blocks anything, a shot segment scores 10 and turns into a mushroom, and clearing every segment wins.
const C = 20;
const COLS = 30;
const ROWS = 26;

class CentipedeScene extends Phaser.Scene {
  constructor() {
    super('centipede');
  }

  create() {
    this.mushrooms = new Map();
    for (let i = 0; i < 34; i++) {
      this.addMushroom(Phaser.Math.Between(0, COLS - 1), Phaser.Math.Between(2, ROWS - 6));
    }
    this.segments = [];
    for (let i = 0; i < 12; i++) {
      const seg = { col: 11 - i, row: 0, dir: 1 };
      seg.shape = this.add.circle(0, 0, 9, i === 0 ? 0xff5555 : 0x55dd55);
      this.placeSegment(seg);
      this.segments.push(seg);
    }
    this.player = this.add.rectangle(COLS * C / 2, (ROWS - 1) * C + C / 2, 16, 16, 0x66ccff);
    this.shot = this.add.rectangle(0, 0, 3, 12, 0xffffff).setVisible(false);
    this.shotActive = false;
    this.score = 0;
    this.finished = false;
    this.scoreText = this.add.text(6, ROWS * C + 4, 'Score: 0', { fontSize: '18px', color: '#ffffff' });
    this.msg = this.add.text(COLS * C / 2, ROWS * C / 2, '', { fontSize: '36px', color: '#ffff66' }).setOrigin(0.5);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', this.fire, this);
    this.time.addEvent({ delay: 90, loop: true, callback: this.moveCentipede, callbackScope: this });
  }

  key(col, row) {
    return col + ':' + row;
  }

  addMushroom(col, row) {
    const k = this.key(col, row);
    if (this.mushrooms.has(k)) return;
    const shape = this.add.rectangle(col * C + C / 2, row * C + C / 2, 16, 16, 0xcc66ff);
    this.mushrooms.set(k, { shape, hp: 3 });
  }

  placeSegment(seg) {
    seg.shape.setPosition(seg.col * C + C / 2, seg.row * C + C / 2);
  }

  moveCentipede() {
    if (this.finished) return;
    this.segments.forEach((seg) => {
      const next = seg.col + seg.dir;
      if (next < 0 || next >= COLS || this.mushrooms.has(this.key(next, seg.row))) {
        seg.dir = -seg.dir;
        if (seg.row < ROWS - 1) seg.row++;
      } else {
        seg.col = next;
      }
      this.placeSegment(seg);
    });
    const p = this.player;
    if (this.segments.some((s) => Math.abs(s.shape.x - p.x) < 16 && Math.abs(s.shape.y - p.y) < 16)) {
      this.end('GAME OVER');
    }
  }

  fire() {
    if (this.shotActive || this.finished) return;
    this.shotActive = true;
    this.shot.setPosition(this.player.x, this.player.y - 12).setVisible(true);
  }

  hitMushroom(k, m) {
    m.hp--;
    m.shape.setAlpha(0.35 + m.hp * 0.22);
    if (m.hp <= 0) {
      m.shape.destroy();
      this.mushrooms.delete(k);
    }
  }

  end(text) {
    this.finished = true;
    this.msg.setText(text);
  }

  update(time, delta) {
    if (this.finished) return;
    const dt = delta / 1000;
    const p = this.player;
    const vx = (this.cursors.left.isDown ? -1 : 0) + (this.cursors.right.isDown ? 1 : 0);
    const vy = (this.cursors.up.isDown ? -1 : 0) + (this.cursors.down.isDown ? 1 : 0);
    p.x = Phaser.Math.Clamp(p.x + vx * 220 * dt, 8, COLS * C - 8);
    p.y = Phaser.Math.Clamp(p.y + vy * 220 * dt, (ROWS - 4) * C + 8, ROWS * C - 8);

    if (!this.shotActive) return;
    this.shot.y -= 600 * dt;
    const col = Math.floor(this.shot.x / C);
    const row = Math.floor(this.shot.y / C);
    if (row < 0) {
      this.shotActive = false;
      this.shot.setVisible(false);
      return;
    }
    const idx = this.segments.findIndex((s) => s.col === col && s.row === row);
    const k = this.key(col, row);
    if (idx >= 0) {
      const [seg] = this.segments.splice(idx, 1);
      seg.shape.destroy();
      this.addMushroom(seg.col, seg.row);
      this.score += 10;
      this.scoreText.setText('Score: ' + this.score);
      if (this.segments.length === 0) this.end('YOU WIN!');
    } else if (this.mushrooms.has(k)) {
      this.hitMushroom(k, this.mushrooms.get(k));
    } else {
      return;
    }
    this.shotActive = false;
    this.shot.setVisible(false);
  }
}

const config = {
  type: Phaser.AUTO,
  width: COLS * C,
  height: ROWS * C + 28,
  backgroundColor: '#000000',
  scene: CentipedeScene
};

new Phaser.Game(config);
