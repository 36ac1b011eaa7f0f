// Boss arena: the fight opens with a 3-second intro (a KING SLIME banner; the boss does not move or attack during it), after which the king slime leaps toward you every 2 s. Left/Right move and UP jumps; landing on its head deals 1 damage (5 HP, shown by the boss bar) and bounces you up, while touching it any other way costs one of 3 hearts (1 s invulnerable). Defeat it to see the VICTORY screen; at 0 hearts GAME OVER (R restarts).
const INTRO_MS = 3000;
const LEAP_EVERY = 2000;
const KING_HP = 5;

class Arena extends Phaser.Scene {
  constructor() { super('Arena'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xcdb4db).fillRect(0, 0, 24, 40).generateTexture('knight', 24, 40).clear();
    g.fillStyle(0x70e000).fillEllipse(60, 52, 120, 72).fillStyle(0xffd60a).fillTriangle(38, 18, 60, 0, 82, 18);
    g.fillStyle(0x000000).fillCircle(42, 48, 6).fillCircle(78, 48, 6).generateTexture('king', 120, 90);
    g.destroy();

    this.state = 'intro';
    this.hp = KING_HP;
    this.hearts = 3;
    this.safeUntil = 0;
    this.graceUntil = 0;
    this.leapStarted = 0;

    const floor = this.add.rectangle(400, 580, 800, 40, 0x5c4033);
    this.physics.add.existing(floor, true);
    this.player = this.physics.add.sprite(120, 520, 'knight').setCollideWorldBounds(true);
    this.king = this.physics.add.sprite(600, 500, 'king').setCollideWorldBounds(true);
    this.king.body.setSize(110, 72, false).setOffset(5, 16);
    this.physics.add.collider([this.player, this.king], floor);
    this.physics.add.overlap(this.player, this.king, this.touchKing, null, this);

    this.bar = this.add.graphics();
    this.heartText = this.add.text(16, 12, 'Hearts: 3', { fontSize: '20px', color: '#ff8fa3' });
    this.banner = this.add.text(400, 240, 'KING SLIME', { fontSize: '64px', color: '#70e000', stroke: '#000000', strokeThickness: 6 }).setOrigin(0.5);
    this.drawBar();

    this.leapTimer = this.time.addEvent({ delay: LEAP_EVERY, paused: true, loop: true, callback: this.leap, callbackScope: this });
    this.time.delayedCall(INTRO_MS, this.endIntro, [], this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => { if (this.state === 'over') this.scene.restart(); });
  }

  endIntro() {
    if (this.state !== 'intro') return;
    this.state = 'fight';
    this.leapTimer.paused = false;
    this.tweens.add({ targets: this.banner, alpha: 0, y: 200, duration: 400 });
  }

  drawBar() {
    this.bar.clear();
    this.bar.fillStyle(0x222222).fillRect(250, 20, 300, 14);
    this.bar.fillStyle(0x70e000).fillRect(250, 20, 300 * this.hp / KING_HP, 14);
  }

  leap() {
    if (this.state === 'over') return;
    const dir = this.player.x < this.king.x ? -1 : 1;
    this.king.setVelocity(dir * 230, -560);
    this.leapStarted = this.time.now;
  }

  touchKing(player, king) {
    if (this.state === 'over' || this.time.now < this.graceUntil) return;
    if (player.body.velocity.y > 0 && player.body.bottom - king.body.top < 20) {
      this.hp -= 1;
      this.drawBar();
      this.graceUntil = this.time.now + 300;
      player.setVelocityY(-450);
      king.setTintFill(0xffffff);
      this.time.delayedCall(100, () => king.clearTint());
      if (this.hp <= 0) {
        this.state = 'over';
        this.physics.pause();
        this.time.delayedCall(600, () => this.scene.start('Victory', { hearts: this.hearts }));
      }
      return;
    }
    if (this.time.now < this.safeUntil) return;
    this.hearts -= 1;
    this.heartText.setText('Hearts: ' + this.hearts);
    this.safeUntil = this.time.now + 1000;
    this.tweens.add({ targets: player, alpha: 0.3, duration: 100, yoyo: true, repeat: 4 });
    if (this.hearts <= 0) {
      this.state = 'over';
      this.physics.pause();
      this.add.text(400, 260, 'GAME OVER\nR to restart', { fontSize: '44px', color: '#ff6b6b', align: 'center' }).setOrigin(0.5);
    }
  }

  update() {
    if (this.state === 'over') return;
    if (this.king.body.blocked.down && this.time.now - this.leapStarted > 150) this.king.setVelocityX(0);
    if (this.cursors.left.isDown) this.player.setVelocityX(-220);
    else if (this.cursors.right.isDown) this.player.setVelocityX(220);
    else this.player.setVelocityX(0);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && this.player.body.blocked.down) this.player.setVelocityY(-560);
  }
}

class Victory extends Phaser.Scene {
  constructor() { super('Victory'); }

  create(data) {
    this.cameras.main.setBackgroundColor('#10451d');
    this.add.text(400, 240, 'VICTORY!', { fontSize: '72px', color: '#ffd60a' }).setOrigin(0.5);
    this.add.text(400, 330, 'The King Slime is defeated (' + data.hearts + ' heart(s) left)', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 390, 'Press ENTER to fight again', { fontSize: '18px', color: '#cccccc' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-ENTER', () => this.scene.start('Arena'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3557',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [Arena, Victory]
};

new Phaser.Game(config);
