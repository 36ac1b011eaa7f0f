// Top-down shooter: enemy shots rain down on the ship; a blue shield orb gives a shield that absorbs the next 3 hits before hits cost lives (3 lives, then game over).
const SHIELD_CHARGES = 3;

class ShieldScene extends Phaser.Scene {
  constructor() { super('shield'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66ff99).fillTriangle(16, 0, 0, 30, 32, 30).generateTexture('ship', 32, 30);
    g.clear().fillStyle(0xff4455).fillRect(0, 0, 6, 14).generateTexture('shot', 6, 14);
    g.clear().fillStyle(0x3399ff).fillCircle(12, 12, 12).generateTexture('orb', 24, 24);
    g.destroy();
  }

  create() {
    this.lives = 3;
    this.shield = 0;
    this.player = this.physics.add.image(400, 520, 'ship').setCollideWorldBounds(true);
    this.bubble = this.add.circle(400, 520, 30).setStrokeStyle(3, 0x66ccff).setVisible(false);
    this.enemyShots = this.physics.add.group();
    this.orbs = this.physics.add.group();
    this.cursors = this.input.keyboard.createCursorKeys();

    this.time.addEvent({ delay: 700, loop: true, callback: this.enemyFire, callbackScope: this });
    this.time.addEvent({ delay: 6000, loop: true, callback: this.dropOrb, callbackScope: this });
    this.physics.add.overlap(this.player, this.enemyShots, this.onHit, null, this);
    this.physics.add.overlap(this.player, this.orbs, this.onOrb, null, this);
    this.hud = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
    this.refreshHud();
  }

  enemyFire() {
    const shot = this.enemyShots.create(this.player.x, -10, 'shot');
    shot.setVelocityY(300);
  }

  dropOrb() {
    const orb = this.orbs.create(Phaser.Math.Between(40, 760), -20, 'orb');
    orb.setVelocityY(120);
  }

  onOrb(player, orb) {
    orb.destroy();
    this.shield = SHIELD_CHARGES;
    this.refreshHud();
  }

  onHit(player, shot) {
    shot.destroy();
    if (this.shield > 0) {
      this.shield--;
    }
    if (this.shield === 0) {
      this.lives--;
      this.cameras.main.shake(120, 0.01);
    }
    this.refreshHud();
    if (this.lives <= 0) {
      this.physics.pause();
      this.time.removeAllEvents();
      this.add.text(400, 300, 'GAME OVER', { fontSize: '48px', color: '#ff5566' }).setOrigin(0.5);
    }
  }

  refreshHud() {
    this.bubble.setVisible(this.shield > 0);
    this.hud.setText(`Lives: ${this.lives}   Shield: ${this.shield}`);
  }

  update() {
    if (this.lives <= 0) return;
    this.player.setVelocityX(0);
    if (this.cursors.left.isDown) this.player.setVelocityX(-280);
    else if (this.cursors.right.isDown) this.player.setVelocityX(280);
    this.bubble.setPosition(this.player.x, this.player.y);
    this.enemyShots.children.each((s) => { if (s.y > 620) s.destroy(); });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101018',
  physics: { default: 'arcade' },
  scene: ShieldScene
});
