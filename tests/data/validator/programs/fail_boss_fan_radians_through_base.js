// Bullet-hell fan: a boss at the top fires a fan of 7 bullets spread over 60 degrees aimed at the player every second; dodge with the arrow keys, each hit costs one of 3 lives.
const FAN_COUNT = 7;
const FAN_SPREAD = 60;
const BULLET_SPEED = 220;

function preload() {
  const g = this.make.graphics({ x: 0, y: 0 }, false);
  g.fillStyle(0xff4081).fillCircle(6, 6, 6).generateTexture('orb', 12, 12).clear();
  g.fillStyle(0x7e57c2).fillRoundedRect(0, 0, 96, 40, 10).generateTexture('boss', 96, 40).clear();
  g.fillStyle(0x80deea).fillTriangle(10, 0, 20, 24, 0, 24).generateTexture('player', 20, 24).destroy();
}

function create() {
  this.boss = this.add.image(400, 70, 'boss');
  this.tweens.add({ targets: this.boss, x: 600, duration: 2500, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });

  this.player = this.physics.add.image(400, 540, 'player').setCollideWorldBounds(true);
  this.player.body.setSize(10, 14);
  this.orbs = this.physics.add.group({ defaultKey: 'orb', maxSize: 200 });
  this.cursors = this.input.keyboard.createCursorKeys();

  this.lives = 3;
  this.invulnerable = false;
  this.livesText = this.add.text(16, 16, 'Lives: 3', { fontSize: '20px', color: '#ffffff' });

  this.volley = this.time.addEvent({ delay: 1000, loop: true, callback: fireFan, callbackScope: this });
  this.physics.add.overlap(this.player, this.orbs, onHit, null, this);
}

function fireFan() {
  const base = Phaser.Math.Angle.Between(this.boss.x, this.boss.y, this.player.x, this.player.y);
  const step = Phaser.Math.DegToRad(FAN_SPREAD / (FAN_COUNT - 1));
  for (let i = 0; i < FAN_COUNT; i++) {
    const angle = base + (i - (FAN_COUNT - 1) / 2) * step;
    const orb = this.orbs.get(this.boss.x, this.boss.y + 20);
    if (!orb) return;
    orb.enableBody(true, this.boss.x, this.boss.y + 20, true, true);
    this.physics.velocityFromAngle(angle, BULLET_SPEED, orb.body.velocity);
  }
}

function onHit(player, orb) {
  orb.disableBody(true, true);
  if (this.invulnerable) return;
  this.lives -= 1;
  this.livesText.setText('Lives: ' + this.lives);
  if (this.lives <= 0) {
    this.volley.remove();
    this.physics.pause();
    this.add.text(400, 300, 'GAME OVER', { fontSize: '48px', color: '#ff5252' }).setOrigin(0.5);
    return;
  }
  this.invulnerable = true;
  this.tweens.add({ targets: player, alpha: 0.2, duration: 100, yoyo: true, repeat: 7,
    onComplete: () => { player.setAlpha(1); this.invulnerable = false; } });
}

function update() {
  if (this.lives <= 0) return;
  const speed = 260;
  this.player.setVelocity(0);
  if (this.cursors.left.isDown) this.player.setVelocityX(-speed);
  else if (this.cursors.right.isDown) this.player.setVelocityX(speed);
  if (this.cursors.up.isDown) this.player.setVelocityY(-speed);
  else if (this.cursors.down.isDown) this.player.setVelocityY(speed);

  this.orbs.children.each((orb) => {
    if (orb.active && (orb.y > 620 || orb.x < -20 || orb.x > 820)) orb.disableBody(true, true);
  });
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#120d1f',
  physics: { default: 'arcade' },
  scene: { preload, create, update }
});
