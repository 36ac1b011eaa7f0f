// Show the run-length clues of each row of a small picture, like a nonogram: "3 1" for ###.#
const ROWS = [[1, 1, 1, 0, 1], [0, 1, 1, 1, 1], [1, 0, 1, 0, 0]];
function clues(row) {
  const out = [];
  let run = 0;
  for (const cell of row) {
    if (cell) run++;
    else if (run) { out.push(run); run = 0; }
  }
  if (run) out.push(run);
  return out;
}
class Clues extends Phaser.Scene {
  create() {
    ROWS.forEach((row, y) => this.add.text(100, 100 + y * 60, clues(row).join(' ') || '0', { fontSize: '28px', color: '#ffffff' }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clues });
