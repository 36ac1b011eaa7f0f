// Task: Boss fight: the ship (left/right arrows, hold SPACE to fire) battles a 30 HP boss that raises a shield for 2 s out of every 5 s (bullets fizzle on it); unshielded hits deal 1 damage with a floating number, the boss fires faster in phases at 20 and 10 HP, and the fight ends in victory or at 0 ship HP.
const PHASE_FIRE_DELAY = [1200, 800, 500];

class BossScene extends Phaser.Scene {
  constructor() {
    super('Boss');
  }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8e44ad).fillEllipse(80, 40, 160, 80).generateTexture('boss', 160, 80);
    g.clear().fillStyle(0x5ad1ff).fillTriangle(20, 0, 0, 36, 40, 36).generateTexture('ship', 40, 36);
    g.clear().fillStyle(0xffffff).fillRect(0, 0, 4, 14).generateTexture('bullet', 4, 14);
    g.clear().fillStyle(0xff5050).fillCircle(6, 6, 6).generateTexture('orb', 12, 12);
    g.destroy();

    this.boss = this.physics.add.image(400, 90, 'boss').setData({ hp: 30, phase: 0, shielded: false });
    this.shieldRing = this.add.ellipse(400, 90, 190, 110).setStrokeStyle(4, 0x66ccff).setVisible(false);
    this.tweens.add({ targets: this.boss, x: 560, duration: 4000, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.ship = this.physics.add.image(400, 410, 'ship').setCollideWorldBounds(true);
    this.shipHp = 5;
    this.over = false;

    this.bullets = this.physics.add.group();
    this.orbs = this.physics.add.group();
    this.physics.add.overlap(this.boss, this.bullets, this.hitBoss, this.canDamage, this);
    this.physics.add.overlap(this.ship, this.orbs, this.hitShip, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.nextShot = 0;
    this.hud = this.add.text(12, 12, '', { fontSize: '20px', color: '#ffffff' });
    this.refreshHud();

    this.fireTimer = this.time.addEvent({ delay: PHASE_FIRE_DELAY[0], loop: true, callback: this.bossFire, callbackScope: this });
    this.time.addEvent({ delay: 5000, startAt: 2000, loop: true, callback: this.raiseShield, callbackScope: this });
  }

  raiseShield() {
    this.boss.setData('shielded', true);
    this.time.delayedCall(2000, () => this.boss.setData('shielded', false));
  }

  canDamage(boss, bullet) {
    if (!bullet.active) return false;
    if (boss.getData('shielded')) {
      bullet.destroy();
      return false;
    }
  }

  hitBoss(boss, bullet) {
    bullet.destroy();
    const hp = boss.getData('hp') - 1;
    boss.setData('hp', hp);
    const label = this.add.text(bullet.x, boss.y + 30, '-1', { fontSize: '20px', color: '#ffe14d' }).setOrigin(0.5);
    this.tweens.add({ targets: label, y: label.y - 40, alpha: 0, duration: 700, onComplete: () => label.destroy() });
    const phase = hp <= 10 ? 2 : hp <= 20 ? 1 : 0;
    if (phase !== boss.getData('phase')) {
      boss.setData('phase', phase).setTint(phase === 1 ? 0xff9966 : 0xff4444);
      this.fireTimer.reset({ delay: PHASE_FIRE_DELAY[phase], loop: true, callback: this.bossFire, callbackScope: this });
    }
    if (hp <= 0) this.endFight('Boss defeated!');
    this.refreshHud();
  }

  hitShip(ship, orb) {
    orb.destroy();
    this.shipHp -= 1;
    this.cameras.main.shake(100, 0.01);
    if (this.shipHp <= 0) this.endFight('Game Over');
    this.refreshHud();
  }

  bossFire() {
    const orb = this.orbs.create(this.boss.x, this.boss.y + 40, 'orb');
    this.physics.moveToObject(orb, this.ship, 220);
  }

  endFight(text) {
    this.over = true;
    this.physics.pause();
    this.tweens.pauseAll();
    this.time.removeAllEvents();
    this.add.text(400, 225, text, { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
  }

  refreshHud() {
    this.hud.setText(`Ship HP ${this.shipHp}   Boss HP ${this.boss.getData('hp')}   Phase ${this.boss.getData('phase') + 1}`);
  }

  update(time) {
    this.shieldRing.setPosition(this.boss.x, this.boss.y).setVisible(this.boss.getData('shielded'));
    if (this.over) return;
    this.ship.setVelocityX(this.cursors.left.isDown ? -260 : this.cursors.right.isDown ? 260 : 0);
    if (this.cursors.space.isDown && time >= this.nextShot) {
      this.nextShot = time + 180;
      this.bullets.create(this.ship.x, this.ship.y - 24, 'bullet').setVelocityY(-520);
    }
    this.bullets.getChildren().slice().forEach((b) => { if (b.y < -20) b.destroy(); });
    this.orbs.getChildren().slice().forEach((o) => { if (o.y > 470) o.destroy(); });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 450, backgroundColor: '#0c0c1e', physics: { default: 'arcade' }, scene: BossScene });
