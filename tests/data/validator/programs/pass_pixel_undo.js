// Pixel editor: a 16x16 canvas of 24-pixel cells and an 8-colour palette (click a swatch or press 1-8); press and drag on the canvas to paint, E toggles the eraser (erased cells become transparent and show the checkerboard); Z undoes the last whole stroke (every cell changed between one press and its release) and can go back up to 20 strokes; the HUD shows the tool and how many undo steps are stored.
const N = 16;
const PX = 24;
const OX = 80;
const OY = 100;
const COLOURS = [0x000000, 0xffffff, 0xff004d, 0xffa300, 0xffec27, 0x00e436, 0x29adff, 0x83769c];
const MAX_UNDO = 20;

function cellAt(p) {
  const c = Math.floor((p.x - OX) / PX);
  const r = Math.floor((p.y - OY) / PX);
  if (c < 0 || c >= N || r < 0 || r >= N) return -1;
  return r * N + c;
}

function redraw(s) {
  s.layer.clear();
  s.pixels.forEach((col, i) => {
    if (col === null) return;
    s.layer.fillStyle(col, 1);
    s.layer.fillRect(OX + (i % N) * PX, OY + Math.floor(i / N) * PX, PX, PX);
  });
  s.hud.setText(`Tool: ${s.eraser ? 'ERASER' : 'PEN ' + (s.colour + 1)}   Undo steps: ${s.history.length}/${MAX_UNDO}`);
}

function pushHistory(s, snapshot) {
  s.history.push(snapshot);
  if (s.history.length > MAX_UNDO) s.history.shift();
}

function paint(s, idx) {
  const val = s.eraser ? null : COLOURS[s.colour];
  if (s.pixels[idx] === val) return;
  s.pixels[idx] = val;
  redraw(s);
}

function selectColour(s, i) {
  s.colour = i;
  s.eraser = false;
  s.marker.setPosition(s.swatches[i].x, s.swatches[i].y);
  redraw(s);
}

const EditorScene = {
  key: 'Editor',
  create() {
    const s = this;
    s.pixels = new Array(N * N).fill(null);
    s.history = [];
    s.before = null;
    s.colour = 0;
    s.eraser = false;
    s.painting = false;

    const checker = s.add.graphics();
    for (let i = 0; i < N * N; i++) {
      const c = i % N;
      const r = Math.floor(i / N);
      checker.fillStyle((c + r) % 2 ? 0xcfcfcf : 0xf2f2f2, 1);
      checker.fillRect(OX + c * PX, OY + r * PX, PX, PX);
    }
    s.layer = s.add.graphics();
    s.add.rectangle(OX, OY, N * PX, N * PX).setOrigin(0).setStrokeStyle(2, 0x222222);

    s.add.text(OX, 30, 'Pixel Editor', { fontSize: '30px', color: '#ffffff' });
    s.hud = s.add.text(OX, OY + N * PX + 20, '', { fontSize: '18px', color: '#e0e0e0' });
    s.add.text(OX, OY + N * PX + 50, 'Drag to paint   1-8 colours   E eraser   Z undo', { fontSize: '16px', color: '#9aa4b5' });

    s.swatches = COLOURS.map((col, i) => {
      const sw = s.add.rectangle(560 + (i % 2) * 70, 130 + Math.floor(i / 2) * 70, 50, 50, col).setStrokeStyle(2, 0x555555);
      sw.setInteractive({ useHandCursor: true });
      sw.on('pointerdown', () => selectColour(s, i));
      return sw;
    });
    s.marker = s.add.rectangle(0, 0, 62, 62).setStrokeStyle(4, 0xffffff);

    s.input.on('pointerdown', (p) => {
      const idx = cellAt(p);
      if (idx < 0) return;
      s.painting = true;
      s.before = s.pixels.slice();
      paint(s, idx);
    });
    s.input.on('pointermove', (p) => {
      if (!s.painting) return;
      const idx = cellAt(p);
      if (idx >= 0) paint(s, idx);
    });
    s.input.on('pointerup', () => {
      if (!s.painting) return;
      s.painting = false;
      if (s.before && s.pixels.some((v, i) => v !== s.before[i])) pushHistory(s, s.before);
      redraw(s);
    });

    s.input.keyboard.on('keydown', (e) => {
      const n = parseInt(e.key, 10);
      if (n >= 1 && n <= COLOURS.length) selectColour(s, n - 1);
    });
    s.input.keyboard.on('keydown-E', () => {
      s.eraser = !s.eraser;
      redraw(s);
    });
    s.input.keyboard.on('keydown-Z', () => {
      if (s.painting || s.history.length === 0) return;
      s.pixels = s.history.pop();
      redraw(s);
    });

    selectColour(s, 0);
  },
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2b2f3a',
  scene: EditorScene,
};

new Phaser.Game(config);
