// 实现自动加分系统：每 2.5 秒 score +15，字体大小 32，在屏幕右上角显示分数。
const SCORE_INTERVAL_MS = 2500;
const SCORE_STEP = 15;

function preload() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0xf1c40f, 1);
  g.fillCircle(12, 12, 12);
  g.generateTexture('coinIcon', 24, 24);
  g.destroy();
}

function create() {
  const { width } = this.scale;
  this.score = 0;
  this.ticks = 0;

  this.scoreText = this.add
    .text(width - 20, 20, 'Score: 0', {
      fontFamily: 'Arial',
      fontSize: '32px',
      color: '#ffffff',
      stroke: '#000000',
      strokeThickness: 4,
    })
    .setOrigin(1, 0);

  this.icon = this.add.image(this.scoreText.x - this.scoreText.width - 24, 38, 'coinIcon');

  this.add
    .text(width / 2, 300, 'Score increases automatically every 2.5 s', { fontSize: '20px', color: '#bdc3c7' })
    .setOrigin(0.5);

  this.scoreTimer = this.time.addEvent({
    delay: SCORE_INTERVAL_MS,
    callback: addScore,
    callbackScope: this,
    loop: true,
  });
}

function addScore() {
  this.score += SCORE_STEP;
  this.ticks++;
  this.scoreText.setText('Score: ' + this.score);
  this.icon.x = this.scoreText.x - this.scoreText.width - 24;

  this.tweens.add({
    targets: this.scoreText,
    scale: 1.15,
    duration: 120,
    yoyo: true,
  });
}

function update() {
  const remaining = this.scoreTimer.getRemaining();
  this.icon.rotation = (1 - remaining / SCORE_INTERVAL_MS) * Math.PI * 2;
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2c3e50',
  scene: { preload, create, update },
});
