// Twin-stick arena in a 1600x1200 world: WASD moves the player (the camera follows), the mouse aims, and a crosshair replaces the hidden system cursor and follows the mouse pointer, also while the player walks with the mouse held still; holding the left mouse button fires a bullet every 120 ms from the player toward the crosshair. Red chasers spawn at the world edges every second and die to one bullet (+10 score); touching one costs a life (3 lives), then game over and a click restarts.
const WORLD_W = 1600;
const WORLD_H = 1200;
const FIRE_MS = 120;

function makeTextures(scene) {
  if (scene.textures.exists('hero')) return;
  const g = scene.add.graphics();
  g.fillStyle(0x4cc9f0, 1).fillCircle(16, 16, 14);
  g.fillStyle(0xf1faee, 1).fillRect(16, 13, 16, 6);
  g.generateTexture('hero', 32, 32);
  g.clear();
  g.fillStyle(0xfff3b0, 1).fillCircle(4, 4, 4);
  g.generateTexture('shot', 8, 8);
  g.clear();
  g.fillStyle(0xe63946, 1).fillRect(0, 0, 24, 24);
  g.fillStyle(0x1d0a0c, 1).fillRect(5, 6, 4, 4).fillRect(15, 6, 4, 4);
  g.generateTexture('chaser', 24, 24);
  g.clear();
  g.lineStyle(2, 0x80ffdb, 1).strokeCircle(14, 14, 10);
  g.lineBetween(14, 0, 14, 8).lineBetween(14, 20, 14, 28).lineBetween(0, 14, 8, 14).lineBetween(20, 14, 28, 14);
  g.generateTexture('cross', 28, 28);
  g.destroy();
}

function create() {
  makeTextures(this);
  this.lives = 3;
  this.score = 0;
  this.over = false;
  this.nextShot = 0;

  const floor = this.add.graphics();
  floor.lineStyle(1, 0x1f2a3a, 1);
  for (let x = 0; x <= WORLD_W; x += 80) floor.lineBetween(x, 0, x, WORLD_H);
  for (let y = 0; y <= WORLD_H; y += 80) floor.lineBetween(0, y, WORLD_W, y);
  floor.lineStyle(4, 0x3a86ff, 1).strokeRect(0, 0, WORLD_W, WORLD_H);

  this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);
  this.cameras.main.setBounds(0, 0, WORLD_W, WORLD_H);

  this.player = this.physics.add.sprite(WORLD_W / 2, WORLD_H / 2, 'hero').setCollideWorldBounds(true);
  this.player.body.setCircle(14, 2, 2);
  this.cameras.main.startFollow(this.player, true, 0.15, 0.15);

  this.cross = this.add.image(0, 0, 'cross').setDepth(20);
  this.input.setDefaultCursor('none');

  this.keys = this.input.keyboard.addKeys('W,A,S,D');
  this.bullets = this.physics.add.group({ defaultKey: 'shot', maxSize: 60 });
  this.chasers = this.physics.add.group();

  this.physics.add.overlap(this.bullets, this.chasers, (bullet, chaser) => {
    bullet.disableBody(true, true);
    chaser.destroy();
    this.score += 10;
  });
  this.physics.add.overlap(this.player, this.chasers, (player, chaser) => {
    chaser.destroy();
    this.lives -= 1;
    this.cameras.main.flash(120, 255, 60, 60);
    if (this.lives <= 0) endGame.call(this);
  });

  this.spawner = this.time.addEvent({ delay: 1000, loop: true, callback: spawnChaser, callbackScope: this });

  this.hud = this.add.text(14, 12, '', { fontSize: '20px', color: '#e0fbfc' }).setScrollFactor(0).setDepth(30);
  this.banner = this.add.text(400, 300, '', { fontSize: '36px', color: '#ffffff', align: 'center' })
    .setOrigin(0.5).setScrollFactor(0).setDepth(30);

  this.input.on('pointerdown', () => {
    if (this.over) this.scene.restart();
  });
}

function spawnChaser() {
  const side = Phaser.Math.Between(0, 3);
  const x = side === 0 ? 20 : side === 1 ? WORLD_W - 20 : Phaser.Math.Between(20, WORLD_W - 20);
  const y = side === 2 ? 20 : side === 3 ? WORLD_H - 20 : Phaser.Math.Between(20, WORLD_H - 20);
  this.chasers.create(x, y, 'chaser');
}

function endGame() {
  this.over = true;
  this.spawner.remove();
  this.physics.pause();
  this.input.setDefaultCursor('default');
  this.banner.setText('GAME OVER\nScore ' + this.score + '\nClick to restart');
}

function update(time) {
  const pointer = this.input.activePointer;
  pointer.updateWorldPoint(this.cameras.main);
  this.cross.setPosition(pointer.worldX, pointer.worldY);
  this.hud.setText('Lives: ' + this.lives + '   Score: ' + this.score);
  if (this.over) return;

  const v = new Phaser.Math.Vector2(0, 0);
  if (this.keys.A.isDown) v.x -= 1;
  if (this.keys.D.isDown) v.x += 1;
  if (this.keys.W.isDown) v.y -= 1;
  if (this.keys.S.isDown) v.y += 1;
  v.normalize().scale(220);
  this.player.setVelocity(v.x, v.y);

  const aim = Phaser.Math.Angle.Between(this.player.x, this.player.y, pointer.worldX, pointer.worldY);
  this.player.setRotation(aim);

  if (pointer.leftButtonDown() && time >= this.nextShot) {
    const b = this.bullets.get(this.player.x, this.player.y);
    if (b) {
      b.enableBody(true, this.player.x, this.player.y, true, true);
      this.physics.velocityFromRotation(aim, 520, b.body.velocity);
      this.nextShot = time + FIRE_MS;
    }
  }

  this.bullets.getChildren().forEach((b) => {
    if (b.active && !this.physics.world.bounds.contains(b.x, b.y)) b.disableBody(true, true);
  });
  this.chasers.getChildren().forEach((c) => this.physics.moveToObject(c, this.player, 110));
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1321',
  physics: { default: 'arcade' },
  scene: { create, update }
};

new Phaser.Game(config);
