// Bullet-hell dodger: arrow keys move the ship (hold Shift for half-speed focus mode, which also shows the ship's 3 px hitbox dot at its centre). A turret at the top fires a rotating 3-arm spiral plus a 24-bullet ring every 1.8 s; only that central 3 px hitbox can be hit: a bullet touching it costs one of 3 lives and gives 2 s of blinking invulnerability. The score is the survival time; at 0 lives the game stops and R restarts.
const W = 800;
const H = 600;
const HITBOX_R = 3;
const SPEED = 260;
const FOCUS_SPEED = 120;

class Dodge extends Phaser.Scene {
  constructor() {
    super('Dodge');
  }

  create() {
    this.makeTextures();
    this.lives = 3;
    this.alive = true;
    this.invulnUntil = 0;
    this.survived = 0;
    this.spin = 0;

    this.turret = this.add.image(W / 2, 100, 'turret');
    this.bullets = this.physics.add.group({ defaultKey: 'bullet', maxSize: 500 });

    this.player = this.physics.add.sprite(W / 2, 500, 'ship').setCollideWorldBounds(true);
    this.player.body.setCircle(HITBOX_R, this.player.width / 2 - HITBOX_R, this.player.height / 2 - HITBOX_R);
    this.dot = this.add.circle(this.player.x, this.player.y, HITBOX_R, 0xff2255).setStrokeStyle(1, 0xffffff).setDepth(5).setVisible(false);

    this.physics.add.overlap(this.player, this.bullets, this.onHit, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => {
      if (!this.alive) this.scene.restart();
    });

    this.spiralEvent = this.time.addEvent({ delay: 90, loop: true, callback: this.fireSpiral, callbackScope: this });
    this.ringEvent = this.time.addEvent({ delay: 1800, loop: true, callback: this.fireRing, callbackScope: this });

    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#d8f3ff' }).setDepth(10);
    this.add.text(W - 12, 10, 'Shift: focus', { fontSize: '16px', color: '#7fa8c9' }).setOrigin(1, 0).setDepth(10);
    this.banner = this.add.text(W / 2, H / 2, '', { fontSize: '34px', color: '#ffffff', align: 'center' }).setOrigin(0.5).setDepth(10);
  }

  makeTextures() {
    if (this.textures.exists('ship')) return;
    const g = this.add.graphics();
    g.fillStyle(0x5ad1ff, 1);
    g.fillTriangle(14, 0, 28, 32, 0, 32);
    g.fillStyle(0x1b4b66, 1);
    g.fillRect(10, 20, 8, 8);
    g.generateTexture('ship', 28, 32);
    g.clear();
    g.fillStyle(0xffd166, 1);
    g.fillCircle(4, 4, 4);
    g.generateTexture('bullet', 8, 8);
    g.clear();
    g.fillStyle(0x9b5de5, 1);
    g.fillCircle(30, 30, 30);
    g.fillStyle(0x3c096c, 1);
    g.fillCircle(30, 30, 14);
    g.generateTexture('turret', 60, 60);
    g.destroy();
  }

  shoot(angle, speed) {
    const b = this.bullets.get(this.turret.x, this.turret.y);
    if (!b) return;
    b.enableBody(true, this.turret.x, this.turret.y, true, true);
    b.body.setCircle(4);
    this.physics.velocityFromRotation(angle, speed, b.body.velocity);
  }

  fireSpiral() {
    for (let k = 0; k < 3; k++) {
      this.shoot(this.spin + k * (Math.PI * 2 / 3), 150);
    }
    this.spin += 0.23;
  }

  fireRing() {
    const offset = Math.random() * Math.PI;
    for (let i = 0; i < 24; i++) {
      this.shoot(offset + i * (Math.PI * 2 / 24), 110);
    }
  }

  onHit(player, bullet) {
    if (!this.alive || this.time.now < this.invulnUntil) return;
    bullet.disableBody(true, true);
    this.lives -= 1;
    this.cameras.main.shake(150, 0.01);
    if (this.lives <= 0) {
      this.gameOver();
      return;
    }
    this.invulnUntil = this.time.now + 2000;
    this.tweens.add({
      targets: this.player,
      alpha: 0.2,
      duration: 100,
      yoyo: true,
      repeat: 9,
      onComplete: () => this.player.setAlpha(1)
    });
  }

  gameOver() {
    this.alive = false;
    this.spiralEvent.remove();
    this.ringEvent.remove();
    this.physics.pause();
    this.player.setTint(0xff4444);
    this.banner.setText('GAME OVER\nSurvived ' + (this.survived / 1000).toFixed(1) + ' s\nPress R to retry');
  }

  update(time, delta) {
    if (this.alive) {
      this.survived += delta;
      const focus = this.cursors.shift.isDown;
      const speed = focus ? FOCUS_SPEED : SPEED;
      const dir = new Phaser.Math.Vector2(0, 0);
      if (this.cursors.left.isDown) dir.x -= 1;
      if (this.cursors.right.isDown) dir.x += 1;
      if (this.cursors.up.isDown) dir.y -= 1;
      if (this.cursors.down.isDown) dir.y += 1;
      dir.normalize().scale(speed);
      this.player.setVelocity(dir.x, dir.y);
      this.dot.setVisible(focus);
    }
    this.dot.setPosition(this.player.x, this.player.y);

    this.bullets.getChildren().forEach((b) => {
      if (b.active && (b.x < -20 || b.x > W + 20 || b.y < -20 || b.y > H + 20)) {
        b.disableBody(true, true);
      }
    });

    this.hud.setText('Lives: ' + this.lives + '   Time: ' + (this.survived / 1000).toFixed(1) + ' s');
  }
}

const config = {
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#0b0f1e',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: Dodge
};

new Phaser.Game(config);
