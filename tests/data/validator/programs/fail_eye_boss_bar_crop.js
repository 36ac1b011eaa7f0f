// Boss fight: Left/Right move, UP jumps, SPACE fires a shot straight up. A floating eye with 30 HP glides left and right across the top and drops a bomb every 1.5 s (a bomb hit costs one of 3 hearts, then 1 s of safety). The boss health bar at the top starts full and shrinks from the right in proportion to the boss's remaining HP; at 0 HP a victory screen shows your time (click to play again).
const BOSS_HP = 30;
const BAR_X = 250;
const BAR_W = 300;
const BAR_H = 16;

class BossScene extends Phaser.Scene {
  constructor() { super('Boss'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillRect(0, 0, 4, 4).generateTexture('px', 4, 4).clear();
    g.fillStyle(0xe0e0ff).fillCircle(40, 40, 40).fillStyle(0xd62828).fillCircle(40, 46, 16).fillStyle(0x000000).fillCircle(40, 48, 7);
    g.generateTexture('eye', 80, 80).clear();
    g.fillStyle(0x111111).fillCircle(10, 10, 10).fillStyle(0xff7b00).fillRect(8, 0, 4, 5).generateTexture('bomb', 20, 20).clear();
    g.fillStyle(0x80ffdb).fillRect(0, 0, 5, 14).generateTexture('shot', 5, 14).clear();
    g.fillStyle(0x8ecae6).fillRect(0, 0, 24, 38).generateTexture('pilot', 24, 38);
    g.destroy();

    this.hp = BOSS_HP;
    this.hearts = 3;
    this.safeUntil = 0;
    this.nextShot = 0;
    this.done = false;
    this.elapsed = 0;

    const floor = this.add.rectangle(400, 580, 800, 40, 0x3d405b);
    this.physics.add.existing(floor, true);
    this.player = this.physics.add.sprite(400, 520, 'pilot').setCollideWorldBounds(true);

    this.eye = this.physics.add.image(150, 130, 'eye');
    this.eye.body.setAllowGravity(false);
    this.eye.body.setCircle(36, 4, 4);
    this.tweens.add({ targets: this.eye, x: 650, duration: 3000, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });

    this.shots = this.physics.add.group({ allowGravity: false });
    this.bombs = this.physics.add.group();
    this.physics.add.collider(this.player, floor);
    this.physics.add.collider(floor, this.bombs, (ground, bomb) => this.explode(bomb));
    this.physics.add.overlap(this.eye, this.shots, this.hitEye, null, this);
    this.physics.add.overlap(this.player, this.bombs, (player, bomb) => { this.explode(bomb); this.hurt(); });

    this.add.text(400, 8, 'THE WATCHER', { fontSize: '14px', color: '#ffffff' }).setOrigin(0.5, 0);
    this.add.image(BAR_X, 34, 'px').setOrigin(0, 0.5).setDisplaySize(BAR_W, BAR_H).setTint(0x333344);
    this.barFill = this.add.image(BAR_X, 34, 'px').setOrigin(0, 0.5).setDisplaySize(BAR_W, BAR_H).setTint(0xff3355);
    this.heartText = this.add.text(16, 16, '', { fontSize: '24px', color: '#ff4d6d' });
    this.refreshHud();

    this.bombTimer = this.time.addEvent({ delay: 1500, loop: true, callback: this.dropBomb, callbackScope: this });
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  refreshHud() {
    const ratio = this.hp / BOSS_HP;
    this.barFill.setCrop(0, 0, BAR_W * ratio, BAR_H);
    this.heartText.setText('\u2665'.repeat(this.hearts) + '\u2661'.repeat(3 - this.hearts));
  }

  dropBomb() {
    if (this.done) return;
    const bomb = this.bombs.create(this.eye.x, this.eye.y + 40, 'bomb');
    bomb.setVelocityY(60);
  }

  explode(bomb) {
    const ring = this.add.circle(bomb.x, bomb.y, 8, 0xffb703, 0.8);
    this.tweens.add({ targets: ring, scale: 4, alpha: 0, duration: 250, onComplete: () => ring.destroy() });
    bomb.destroy();
  }

  hitEye(eye, shot) {
    shot.destroy();
    if (this.done) return;
    this.hp -= 1;
    this.refreshHud();
    this.cameras.main.shake(60, 0.004);
    if (this.hp <= 0) {
      this.done = true;
      this.bombTimer.remove();
      this.tweens.killTweensOf(eye);
      this.tweens.add({ targets: eye, scale: 0, angle: 360, duration: 600,
        onComplete: () => this.scene.start('Win', { time: this.elapsed }) });
    }
  }

  hurt() {
    if (this.done || this.time.now < this.safeUntil) return;
    this.hearts -= 1;
    this.safeUntil = this.time.now + 1000;
    this.refreshHud();
    this.tweens.add({ targets: this.player, alpha: 0.3, duration: 100, yoyo: true, repeat: 4 });
    if (this.hearts <= 0) {
      this.done = true;
      this.physics.pause();
      this.bombTimer.remove();
      this.add.text(400, 300, 'GAME OVER - click to retry', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
      this.input.once('pointerdown', () => this.scene.restart());
    }
  }

  update(time, delta) {
    if (this.done) return;
    this.elapsed += delta;
    if (this.cursors.left.isDown) this.player.setVelocityX(-220);
    else if (this.cursors.right.isDown) this.player.setVelocityX(220);
    else this.player.setVelocityX(0);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && this.player.body.blocked.down) this.player.setVelocityY(-480);
    if (this.cursors.space.isDown && time > this.nextShot) {
      this.nextShot = time + 180;
      this.shots.create(this.player.x, this.player.y - 24, 'shot').setVelocityY(-520);
    }
    this.shots.getChildren().slice().forEach((s) => { if (s.y < -20) s.destroy(); });
  }
}

class WinScene extends Phaser.Scene {
  constructor() { super('Win'); }

  create(data) {
    this.add.text(400, 230, 'VICTORY!', { fontSize: '64px', color: '#ffd166' }).setOrigin(0.5);
    this.add.text(400, 320, 'The Watcher fell in ' + (data.time / 1000).toFixed(1) + ' s', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 380, 'click to play again', { fontSize: '18px', color: '#aaaaaa' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('Boss'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14213d',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: [BossScene, WinScene]
};

new Phaser.Game(config);
