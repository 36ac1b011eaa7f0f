// Boss fight: Left/Right move, UP jumps, X shoots a bolt the way you face, and you have 3 hearts (1 s invulnerable after a hit). The 20-HP golem paces the floor and throws a rock at you every 2 s; at 10 HP or less it turns red, stays red and throws every 1 s, and each bolt hit flashes it white for a moment and takes 1 HP off the boss bar. At 0 boss HP a VICTORY screen appears; at 0 hearts GAME OVER (R restarts).
const BOSS_HP = 20;
const ENRAGE_HP = 10;
const RED = 0xff4444;

class Fight extends Phaser.Scene {
  constructor() { super('Fight'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x9fd3ff).fillRect(0, 0, 24, 38).generateTexture('kid', 24, 38).clear();
    g.fillStyle(0x9a8f80).fillRect(0, 0, 70, 86).fillStyle(0x2b2b2b).fillRect(14, 18, 12, 10).fillRect(44, 18, 12, 10).generateTexture('golem', 70, 86).clear();
    g.fillStyle(0x6e6256).fillCircle(9, 9, 9).generateTexture('rock', 18, 18).clear();
    g.fillStyle(0xfff07a).fillRect(0, 0, 18, 6).generateTexture('bolt', 18, 6).clear();
    g.fillStyle(0x3b3226).fillRect(0, 0, 800, 40).generateTexture('arenaFloor', 800, 40).clear();
    g.fillStyle(0xff4d6d).fillCircle(6, 6, 6).fillCircle(16, 6, 6).fillTriangle(0, 8, 22, 8, 11, 20).generateTexture('hp', 22, 20);
    g.destroy();

    this.state = 'fight';
    this.bossHp = BOSS_HP;
    this.hearts = 3;
    this.enraged = false;
    this.invulnerable = false;
    this.facing = 1;
    this.nextShot = 0;
    this.startedAt = this.time.now;

    const floor = this.physics.add.staticImage(400, 580, 'arenaFloor');
    this.player = this.physics.add.sprite(120, 520, 'kid').setCollideWorldBounds(true);
    this.boss = this.physics.add.sprite(620, 510, 'golem').setCollideWorldBounds(true).setBounceX(1);
    this.boss.setVelocityX(-70);
    this.rocks = this.physics.add.group();
    this.bolts = this.physics.add.group({ allowGravity: false });

    this.physics.add.collider([this.player, this.boss], floor);
    this.physics.add.collider(floor, this.rocks, (ground, rock) => rock.destroy());
    this.physics.add.overlap(this.boss, this.bolts, this.hitBoss, null, this);
    this.physics.add.overlap(this.player, this.rocks, (player, rock) => { rock.destroy(); this.hurt(); });
    this.physics.add.overlap(this.player, this.boss, () => this.hurt());

    this.add.text(400, 18, 'GOLEM', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5, 0);
    this.barBack = this.add.rectangle(250, 48, 300, 14, 0x333333).setOrigin(0, 0.5);
    this.barFill = this.add.rectangle(250, 48, 300, 14, 0xe63946).setOrigin(0, 0.5);
    this.heartIcons = [0, 1, 2].map((i) => this.add.image(24 + i * 28, 22, 'hp'));

    this.throwTimer = this.time.addEvent({ delay: 2000, loop: true, callback: this.throwRock, callbackScope: this });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.keyX = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.X);
    this.input.keyboard.on('keydown-R', () => { if (this.state === 'lost') this.scene.restart(); });
  }

  throwRock() {
    if (this.state !== 'fight') return;
    const rock = this.rocks.create(this.boss.x, this.boss.y - 50, 'rock');
    const vx = Phaser.Math.Clamp((this.player.x - this.boss.x) / 1.1, -380, 380);
    rock.setVelocity(vx, -420);
  }

  hitBoss(boss, bolt) {
    bolt.destroy();
    if (this.state !== 'fight') return;
    this.bossHp -= 1;
    this.barFill.setSize(300 * this.bossHp / BOSS_HP, 14);
    boss.setTintFill(0xffffff);
    this.time.delayedCall(90, () => {
      if (this.enraged) boss.setTint(RED);
      else boss.clearTint();
    });
    if (!this.enraged && this.bossHp <= ENRAGE_HP) {
      this.enraged = true;
      boss.setTint(RED);
      this.throwTimer.remove();
      this.throwTimer = this.time.addEvent({ delay: 1000, loop: true, callback: this.throwRock, callbackScope: this });
    }
    if (this.bossHp <= 0) {
      this.state = 'won';
      this.throwTimer.remove();
      boss.body.enable = false;
      this.tweens.add({
        targets: boss, alpha: 0, angle: 90, duration: 700,
        onComplete: () => this.scene.start('Victory', { seconds: (this.time.now - this.startedAt) / 1000, hearts: this.hearts })
      });
    }
  }

  hurt() {
    if (this.state !== 'fight' || this.invulnerable) return;
    this.hearts -= 1;
    this.heartIcons.forEach((icon, i) => icon.setVisible(i < this.hearts));
    if (this.hearts <= 0) {
      this.state = 'lost';
      this.physics.pause();
      this.throwTimer.remove();
      this.add.text(400, 260, 'GAME OVER\nR to retry', { fontSize: '44px', color: '#ff6b6b', align: 'center' }).setOrigin(0.5);
      return;
    }
    this.invulnerable = true;
    this.tweens.add({ targets: this.player, alpha: 0.25, duration: 100, yoyo: true, repeat: 4,
      onComplete: () => { this.player.setAlpha(1); this.invulnerable = false; } });
  }

  update(time) {
    if (this.state !== 'fight') return;
    if (this.cursors.left.isDown) { this.player.setVelocityX(-200); this.facing = -1; }
    else if (this.cursors.right.isDown) { this.player.setVelocityX(200); this.facing = 1; }
    else this.player.setVelocityX(0);
    this.player.setFlipX(this.facing < 0);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && this.player.body.blocked.down) this.player.setVelocityY(-500);

    if (this.keyX.isDown && time >= this.nextShot) {
      this.nextShot = time + 250;
      const bolt = this.bolts.create(this.player.x + this.facing * 16, this.player.y - 4, 'bolt');
      bolt.setVelocityX(this.facing * 520);
    }
    this.bolts.getChildren().slice().forEach((b) => { if (b.x < -20 || b.x > 820) b.destroy(); });
  }
}

class Victory extends Phaser.Scene {
  constructor() { super('Victory'); }

  create(data) {
    this.add.text(400, 220, 'VICTORY!', { fontSize: '64px', color: '#ffe066' }).setOrigin(0.5);
    this.add.text(400, 310, 'Golem defeated in ' + data.seconds.toFixed(1) + ' s with ' + data.hearts + ' heart(s) left',
      { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 380, 'Press SPACE to fight again', { fontSize: '18px', color: '#bbbbbb' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('Fight'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1f2a',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [Fight, Victory]
};

new Phaser.Game(config);
