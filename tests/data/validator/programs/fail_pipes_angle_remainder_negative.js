// Make a pipe-rotation puzzle on a 5x5 grid: clicking a pipe tile rotates it 90 degrees clockwise with a tween; when the pipes form a connected path from the inlet left of the top-left tile to the outlet right of the bottom-right tile, the water path lights up and "Connected!" is shown.
const GRID = 5;
const TILE = 80;
const OX = 60;
const OY = 100;
// directions: 0 = up, 1 = right, 2 = down, 3 = left
const DR = [-1, 0, 1, 0];
const DC = [0, 1, 0, -1];
const BASE_OPENINGS = { I: [0, 2], L: [0, 1] };
const TYPES = ['ILILI', 'LILIL', 'ILILL', 'LILII', 'ILILI'];
const START_ROT = ['03120', '11302', '21031', '02113', '30220'];

function makePipeTexture(scene, key, openings) {
  const g = scene.make.graphics({ add: false });
  g.fillStyle(0x2b2d42).fillRect(0, 0, TILE, TILE);
  g.lineStyle(2, 0x495057).strokeRect(1, 1, TILE - 2, TILE - 2);
  g.fillStyle(0xffffff);
  g.fillCircle(TILE / 2, TILE / 2, 12);
  const arms = [[TILE / 2 - 12, 0, 24, TILE / 2], [TILE / 2, TILE / 2 - 12, TILE / 2, 24],
    [TILE / 2 - 12, TILE / 2, 24, TILE / 2], [0, TILE / 2 - 12, TILE / 2, 24]];
  openings.forEach(d => g.fillRect(...arms[d]));
  g.generateTexture(key, TILE, TILE);
  g.destroy();
}

function openings(pipe) {
  const rot = Math.round(pipe.angle / 90) % 4;
  return BASE_OPENINGS[pipe.getData('type')].map(d => (d + rot) % 4);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 520,
  height: 560,
  backgroundColor: '#8d99ae',
  scene: {
    preload() {
      makePipeTexture(this, 'pipe-I', BASE_OPENINGS.I);
      makePipeTexture(this, 'pipe-L', BASE_OPENINGS.L);
    },
    create() {
      this.solved = false;
      this.pipes = [];
      for (let row = 0; row < GRID; row++) {
        this.pipes.push([]);
        for (let col = 0; col < GRID; col++) {
          const type = TYPES[row][col];
          const pipe = this.add.image(OX + col * TILE + TILE / 2, OY + row * TILE + TILE / 2, `pipe-${type}`)
            .setAngle(Number(START_ROT[row][col]) * 90)
            .setData({ type, row, col, turning: false })
            .setInteractive({ useHandCursor: true });
          this.pipes[row].push(pipe);
        }
      }
      this.add.rectangle(OX - 15, OY + TILE / 2, 30, 24, 0x339af0);
      this.add.rectangle(OX + GRID * TILE + 15, OY + GRID * TILE - TILE / 2, 30, 24, 0x339af0);
      this.message = this.add.text(260, 50, 'Rotate the pipes', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);

      this.input.on('gameobjectdown', (pointer, pipe) => {
        if (this.solved || pipe.getData('turning')) return;
        pipe.setData('turning', true);
        this.tweens.add({
          targets: pipe,
          angle: pipe.angle + 90,
          duration: 150,
          onComplete: () => {
            pipe.setData('turning', false);
            this.flowWater();
          }
        });
      });
      this.flowWater();
    },
    extend: {
      flowWater() {
        this.pipes.flat().forEach(p => p.clearTint());
        const start = this.pipes[0][0];
        if (!openings(start).includes(3)) return;
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length) {
          const pipe = queue.shift();
          pipe.setTint(0x4dabf7);
          for (const d of openings(pipe)) {
            const r = pipe.getData('row') + DR[d];
            const c = pipe.getData('col') + DC[d];
            if (r < 0 || r >= GRID || c < 0 || c >= GRID) continue;
            const next = this.pipes[r][c];
            if (!seen.has(next) && openings(next).includes((d + 2) % 4)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        const end = this.pipes[GRID - 1][GRID - 1];
        if (seen.has(end) && openings(end).includes(1)) {
          this.solved = true;
          this.message.setText('Connected!');
        }
      }
    }
  }
});
