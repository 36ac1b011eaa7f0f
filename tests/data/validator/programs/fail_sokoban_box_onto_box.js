// Make a small Sokoban level: the player moves one tile per arrow-key press, pushes boxes (never through walls or other boxes), a move counter is shown, a win message appears when every box sits on a goal, and R restarts the level.
const TILE = 56;
const LEVEL = [
  '#########',
  '#       #',
  '# @ $  .#',
  '#       #',
  '#  $    #',
  '#  .    #',
  '#########'
];

function makeTexture(scene, key, draw) {
  const g = scene.make.graphics({ x: 0, y: 0, add: false });
  draw(g);
  g.generateTexture(key, TILE, TILE);
  g.destroy();
}

function preload() {
  makeTexture(this, 'wall', g => { g.fillStyle(0x6c4f3d).fillRect(0, 0, TILE, TILE); g.lineStyle(2, 0x3b2a20).strokeRect(1, 1, TILE - 2, TILE - 2); });
  makeTexture(this, 'floor', g => { g.fillStyle(0xe9ecef).fillRect(0, 0, TILE, TILE); });
  makeTexture(this, 'goal', g => { g.fillStyle(0xe9ecef).fillRect(0, 0, TILE, TILE); g.lineStyle(4, 0x2f9e44).strokeCircle(TILE / 2, TILE / 2, 12); });
  makeTexture(this, 'box', g => { g.fillStyle(0xf59f00).fillRect(6, 6, TILE - 12, TILE - 12); g.lineStyle(3, 0x8f5b00).strokeRect(6, 6, TILE - 12, TILE - 12); });
  makeTexture(this, 'player', g => { g.fillStyle(0x1971c2).fillCircle(TILE / 2, TILE / 2, TILE / 2 - 8); });
}

const toX = col => col * TILE + TILE / 2 + 20;
const toY = row => row * TILE + TILE / 2 + 70;
const isWall = (row, col) => LEVEL[row][col] === '#';
const isGoal = (row, col) => LEVEL[row][col] === '.';

function create() {
  this.boxes = [];
  this.moves = 0;
  this.won = false;
  LEVEL.forEach((line, row) => [...line].forEach((ch, col) => {
    this.add.image(toX(col), toY(row), ch === '#' ? 'wall' : ch === '.' ? 'goal' : 'floor');
    if (ch === '$') this.boxes.push({ row, col, sprite: this.add.image(toX(col), toY(row), 'box').setDepth(1) });
    if (ch === '@') this.player = { row, col, sprite: this.add.image(toX(col), toY(row), 'player').setDepth(2) };
  }));
  this.movesText = this.add.text(20, 20, 'Moves: 0', { fontSize: '26px', color: '#ffffff' });
  this.winText = this.add.text(272, 300, '', { fontSize: '40px', color: '#ffffff', backgroundColor: '#2f9e44', padding: { x: 16, y: 8 } })
    .setOrigin(0.5).setDepth(3).setVisible(false);
  this.cursors = this.input.keyboard.createCursorKeys();
  this.input.keyboard.on('keydown-R', () => this.scene.restart());
}

function tryMove(scene, dr, dc) {
  const row = scene.player.row + dr;
  const col = scene.player.col + dc;
  if (isWall(row, col)) return;
  const box = scene.boxes.find(b => b.row === row && b.col === col);
  if (box) {
    const br = row + dr;
    const bc = col + dc;
    if (isWall(br, bc)) return;
    box.row = br;
    box.col = bc;
    box.sprite.setPosition(toX(bc), toY(br)).setTint(isGoal(br, bc) ? 0x8ce99a : 0xffffff);
  }
  scene.player.row = row;
  scene.player.col = col;
  scene.player.sprite.setPosition(toX(col), toY(row));
  scene.moves++;
  scene.movesText.setText(`Moves: ${scene.moves}`);
  if (scene.boxes.every(b => isGoal(b.row, b.col))) {
    scene.won = true;
    scene.winText.setText(`Solved in ${scene.moves} moves! Press R`).setVisible(true);
  }
}

function update() {
  if (this.won) return;
  const JustDown = Phaser.Input.Keyboard.JustDown;
  const { left, right, up, down } = this.cursors;
  if (JustDown(left)) tryMove(this, 0, -1);
  else if (JustDown(right)) tryMove(this, 0, 1);
  else if (JustDown(up)) tryMove(this, -1, 0);
  else if (JustDown(down)) tryMove(this, 1, 0);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 544,
  height: 490,
  backgroundColor: '#343a40',
  scene: { preload, create, update }
});
