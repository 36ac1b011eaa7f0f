// Beat grid: 3 rows (Kick, Snare, Hat) x 16 steps. Clicking a cell toggles it on or off; the playhead moves one step every 125 ms and wraps from step 16 back to step 1, and every "on" cell under the playhead flashes white and adds one to its row's hit counter. Space pauses or resumes the playhead and C clears all cells.
const STEPS = 16;
const ROWS = [
  { name: 'Kick', color: 0xef5350 },
  { name: 'Snare', color: 0x42a5f5 },
  { name: 'Hat', color: 0xffca28 }
];
const CW = 40;
const X0 = 100;
const Y0 = 180;

const GridScene = {
  key: 'grid',

  create() {
    this.cameras.main.setBackgroundColor('#1c1c28');
    this.pattern = ROWS.map(() => new Array(STEPS).fill(false));
    this.hits = ROWS.map(() => 0);
    this.playStep = 0;
    this.cells = [];

    ROWS.forEach((row, r) => {
      this.add.text(20, Y0 + r * 60 - 10, row.name, { fontSize: '18px', color: '#ffffff' });
      this.cells.push([]);
      for (let s = 0; s < STEPS; s++) {
        const cell = this.add.rectangle(X0 + s * CW + CW / 2, Y0 + r * 60, CW - 6, 48, 0x333344).setInteractive({ useHandCursor: true });
        cell.on('pointerdown', () => {
          this.pattern[r][s] = !this.pattern[r][s];
          paint(this);
        });
        this.cells[r].push(cell);
      }
    });

    this.counter = this.add.text(100, 400, '', { fontSize: '20px', color: '#dddddd' });
    this.stepText = this.add.text(100, 100, '', { fontSize: '22px', color: '#80cbc4' });
    this.add.text(100, 520, 'click: toggle   Space: pause/resume   C: clear', { fontSize: '18px', color: '#9e9e9e' });

    this.stepTimer = this.time.addEvent({ delay: 125, loop: true, callback: () => {
      this.playStep = Phaser.Math.Wrap(this.playStep + 1, 0, STEPS);
      ROWS.forEach((row, r) => {
        if (this.pattern[r][this.playStep]) this.hits[r]++;
      });
      paint(this);
    } });

    this.input.keyboard.on('keydown-SPACE', () => {
      this.stepTimer.paused = !this.stepTimer.paused;
      paint(this);
    });
    this.input.keyboard.on('keydown-C', () => {
      this.pattern.forEach((row) => row.fill(false));
      paint(this);
    });
    paint(this);
  }
};

function paint(scene) {
  ROWS.forEach((row, r) => {
    for (let s = 0; s < STEPS; s++) {
      const cell = scene.cells[r][s];
      const active = scene.pattern[r][s];
      const here = s === scene.playStep;
      let color = active ? row.color : 0x333344;
      if (here) color = active ? 0xffffff : 0x55556a;
      cell.setFillStyle(color);
    }
  });
  scene.stepText.setText('Step ' + (scene.playStep + 1) + ' / ' + STEPS + (scene.stepTimer.paused ? '   (paused)' : ''));
  scene.counter.setText(ROWS.map((row, r) => row.name + ' hits: ' + scene.hits[r]).join('    '));
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: GridScene
};

new Phaser.Game(config);
