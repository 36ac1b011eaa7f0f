// Boss fight: Left/Right move your fighter, which fires automatically every 150 ms. The boss (100 HP, bar at the top) sweeps across the screen and fires a fan of 5 bullets at you every 1.2 s; each hit on the boss removes 1 HP and scores 10. When its HP reaches 0 the boss stops firing and its bullets vanish, a one-time +5000 bonus is added, and it fades out over 1.5 s before STAGE CLEAR appears. Three bullet hits on you lose the fight; R restarts.
const BOSS_HP = 100;

class BossFight extends Phaser.Scene {
  constructor() {
    super('BossFight');
  }

  create() {
    this.makeTextures();
    this.score = 0;
    this.playerHits = 0;
    this.bossState = 'fighting';
    this.lastShot = 0;

    this.boss = this.physics.add.image(400, 110, 'boss');
    this.boss.hp = BOSS_HP;
    this.boss.body.setImmovable(true);
    this.player = this.physics.add.image(400, 540, 'fighter').setCollideWorldBounds(true);

    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 30 });
    this.enemyShots = this.physics.add.group({ defaultKey: 'orb', maxSize: 80 });

    this.physics.add.overlap(this.boss, this.shots, this.hitBoss, null, this);
    this.physics.add.overlap(this.player, this.enemyShots, this.hitPlayer, null, this);

    this.fanTimer = this.time.addEvent({ delay: 1200, loop: true, callback: this.fireFan, callbackScope: this });

    this.bar = this.add.graphics();
    this.hud = this.add.text(16, 566, '', { fontSize: '18px', color: '#ffffff' });
    this.banner = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffd166', align: 'center' }).setOrigin(0.5);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  makeTextures() {
    if (this.textures.exists('boss')) return;
    const g = this.add.graphics();
    g.fillStyle(0x7209b7, 1).fillRoundedRect(0, 0, 160, 70, 18);
    g.fillStyle(0xf72585, 1).fillCircle(80, 35, 18);
    g.generateTexture('boss', 160, 70);
    g.clear().fillStyle(0x4cc9f0, 1).fillTriangle(18, 0, 36, 30, 0, 30);
    g.generateTexture('fighter', 36, 30);
    g.clear().fillStyle(0xcaf0f8, 1).fillRect(0, 0, 4, 12);
    g.generateTexture('shot', 4, 12);
    g.clear().fillStyle(0xff9e00, 1).fillCircle(6, 6, 6);
    g.generateTexture('orb', 12, 12);
    g.destroy();
  }

  fireFan() {
    const base = Phaser.Math.Angle.Between(this.boss.x, this.boss.y + 30, this.player.x, this.player.y);
    for (let i = -2; i <= 2; i++) {
      const orb = this.enemyShots.get(this.boss.x, this.boss.y + 30);
      if (!orb) return;
      orb.enableBody(true, this.boss.x, this.boss.y + 30, true, true);
      this.physics.velocityFromRotation(base + i * 0.22, 210, orb.body.velocity);
    }
  }

  hitBoss(boss, shot) {
    if (this.bossState !== 'fighting') return;
    shot.disableBody(true, true);
    boss.hp -= 1;
    this.score += 10;
    boss.setTintFill(0xffffff);
    this.time.delayedCall(50, () => boss.clearTint());
    if (boss.hp <= 0) this.defeatBoss();
  }

  defeatBoss() {
    this.bossState = 'dying';
    this.fanTimer.remove();
    this.enemyShots.getChildren().forEach((o) => { if (o.active) o.disableBody(true, true); });
    this.score += 5000;
    const pop = this.add.text(this.boss.x, this.boss.y + 50, '+5000', { fontSize: '28px', color: '#80ffdb' }).setOrigin(0.5);
    this.tweens.add({ targets: pop, y: pop.y - 60, alpha: 0, duration: 1200, onComplete: () => pop.destroy() });
    this.tweens.add({
      targets: this.boss,
      alpha: 0,
      scale: 1.4,
      duration: 1500,
      onComplete: () => {
        this.boss.disableBody(true, true);
        this.bossState = 'dead';
        this.banner.setText('STAGE CLEAR\nScore ' + this.score + '\nR: play again');
      }
    });
  }

  hitPlayer(player, orb) {
    if (this.bossState !== 'fighting') return;
    orb.disableBody(true, true);
    this.playerHits += 1;
    this.cameras.main.shake(120, 0.01);
    if (this.playerHits >= 3) {
      this.bossState = 'lost';
      this.fanTimer.remove();
      this.physics.pause();
      this.banner.setText('DEFEATED\nR: try again');
    }
  }

  update(time) {
    if (this.bossState === 'lost') return;
    if (this.bossState === 'fighting') {
      this.boss.x = 400 + Math.sin(time / 900) * 280;
    }

    let vx = 0;
    if (this.cursors.left.isDown) vx -= 320;
    if (this.cursors.right.isDown) vx += 320;
    this.player.setVelocityX(vx);

    if (this.bossState !== 'dead' && time - this.lastShot >= 150) {
      const s = this.shots.get(this.player.x, this.player.y - 18);
      if (s) {
        s.enableBody(true, this.player.x, this.player.y - 18, true, true);
        s.setVelocityY(-600);
        this.lastShot = time;
      }
    }

    this.shots.getChildren().forEach((s) => { if (s.active && s.y < -20) s.disableBody(true, true); });
    this.enemyShots.getChildren().forEach((o) => {
      if (o.active && (o.y > 620 || o.x < -20 || o.x > 820)) o.disableBody(true, true);
    });

    this.bar.clear();
    this.bar.fillStyle(0x222222, 1).fillRect(200, 14, 400, 14);
    this.bar.fillStyle(0xf72585, 1).fillRect(200, 14, 400 * Math.max(0, this.boss.hp) / BOSS_HP, 14);
    this.hud.setText('Score ' + this.score + '    Hits taken ' + this.playerHits + ' / 3');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#10002b',
  physics: { default: 'arcade' },
  scene: BossFight
};

new Phaser.Game(config);
