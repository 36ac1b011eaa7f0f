// Flappy-style game: tap or press Space to flap through the gaps of scrolling pipes, each pipe passed scores a point, hitting a pipe or the ground ends the run, the game-over panel lists the three best scores so far (saved in localStorage), and a tap flies again.
const W = 400;
const H = 700;
const GROUND_Y = 650;
const TOP_KEY = 'flappy-top3';

function loadTop() {
  try {
    const raw = localStorage.getItem(TOP_KEY);
    return raw ? raw.split(',').map(parseInt) : [];
  } catch (e) {
    return [];
  }
}

function saveTop(score) {
  const top = loadTop();
  top.push(score);
  top.sort((a, b) => b - a);
  const best = top.slice(0, 3);
  try {
    localStorage.setItem(TOP_KEY, best.join(','));
  } catch (e) { /* storage unavailable */ }
  return best;
}

function create() {
  const g = this.add.graphics();
  g.fillStyle(0xffd60a).fillCircle(18, 18, 18).fillStyle(0x000000).fillCircle(26, 12, 4);
  g.fillStyle(0xff7b00).fillTriangle(30, 18, 40, 22, 30, 26);
  g.generateTexture('bird', 40, 36);
  g.clear().fillStyle(0x52b788).fillRect(0, 0, 64, 480).lineStyle(4, 0x2d6a4f).strokeRect(2, 2, 60, 476);
  g.generateTexture('pipe', 64, 480);
  g.destroy();

  this.score = 0;
  this.over = false;
  this.add.rectangle(W / 2, (GROUND_Y + H) / 2, W, H - GROUND_Y, 0x9c6644).setDepth(2);
  this.bird = this.physics.add.sprite(110, 300, 'bird').setDepth(3);
  this.pipes = this.physics.add.group({ allowGravity: false, immovable: true });
  this.physics.add.overlap(this.bird, this.pipes, () => gameOver.call(this));
  this.scoreText = this.add.text(W / 2, 50, '0', { fontSize: '48px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5).setDepth(4);

  this.spawner = this.time.addEvent({ delay: 1500, loop: true, callback: () => spawnPipes.call(this) });
  const flap = () => {
    if (this.over) {
      if (this.time.now > this.overAt + 400) this.scene.restart();
      return;
    }
    this.bird.setVelocityY(-400);
  };
  this.input.on('pointerdown', flap);
  this.input.keyboard.on('keydown-SPACE', flap);
}

function spawnPipes() {
  const gapY = Phaser.Math.Between(200, 480);
  const top = this.pipes.create(W + 40, gapY - 85, 'pipe').setOrigin(0.5, 1);
  const bottom = this.pipes.create(W + 40, gapY + 85, 'pipe').setOrigin(0.5, 0);
  [top, bottom].forEach((p) => p.setVelocityX(-180));
  top.setData('gate', true);
}

function update() {
  if (this.over) return;
  this.bird.angle = Phaser.Math.Clamp(this.bird.body.velocity.y / 10, -25, 70);
  if (this.bird.y + 16 > GROUND_Y || this.bird.y < -40) gameOver.call(this);
  this.pipes.getChildren().slice().forEach((p) => {
    if (p.getData('gate') && p.x + 32 < this.bird.x) {
      p.setData('gate', false);
      this.score += 1;
      this.scoreText.setText(String(this.score));
    }
    if (p.x < -60) p.destroy();
  });
}

function gameOver() {
  if (this.over) return;
  this.over = true;
  this.overAt = this.time.now;
  this.physics.pause();
  this.spawner.remove();
  this.bird.setTint(0xff4444);
  const top = saveTop(this.score);
  const lines = top.map((s, i) => (i + 1) + '.  ' + s);
  this.add.rectangle(W / 2, 330, 280, 260, 0x000000, 0.7).setDepth(5);
  this.panel = this.add.text(W / 2, 330, 'Game over\nScore ' + this.score + '\n\nBest scores\n' + lines.join('\n') + '\n\nTap to fly again', {
    fontSize: '22px', color: '#ffffff', align: 'center'
  }).setOrigin(0.5).setDepth(6);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#8ecae6',
  physics: { default: 'arcade', arcade: { gravity: { y: 1200 } } },
  scene: { create, update }
});
