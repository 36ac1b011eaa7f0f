// Power-up shooter: the arrow keys move the ship and holding Space fires a volley every 250 ms. Every fourth enemy destroyed drops a green P capsule that raises the weapon level (max 5): a level-n volley is n bullets fanned 14 degrees apart and centred on straight up (level 1 = one bullet straight up, level 2 = -7 and +7 degrees, level 3 = -14, 0 and +14 degrees). An enemy that rams the ship lowers the level by one (minimum 1).
const SPREAD = 14;
const MAX_LEVEL = 5;

class Upgrade extends Phaser.Scene {
  constructor() {
    super('Upgrade');
  }

  create() {
    this.makeTextures();
    this.data.set({ level: 1, score: 0, kills: 0 });
    this.nextVolley = 0;

    this.ship = this.physics.add.image(400, 530, 'hero').setCollideWorldBounds(true);
    this.bullets = this.physics.add.group({ defaultKey: 'bolt', maxSize: 80 });
    this.enemies = this.physics.add.group();
    this.capsules = this.physics.add.group();

    this.physics.add.overlap(this.bullets, this.enemies, (bullet, enemy) => {
      bullet.disableBody(true, true);
      const kills = this.data.get('kills') + 1;
      this.data.set('kills', kills);
      this.data.set('score', this.data.get('score') + 100);
      if (kills % 4 === 0) {
        this.capsules.create(enemy.x, enemy.y, 'capsule').setVelocityY(110);
      }
      enemy.destroy();
    });
    this.physics.add.overlap(this.ship, this.capsules, (ship, capsule) => {
      capsule.destroy();
      this.data.set('level', Math.min(MAX_LEVEL, this.data.get('level') + 1));
    });
    this.physics.add.overlap(this.ship, this.enemies, (ship, enemy) => {
      enemy.destroy();
      this.data.set('level', Math.max(1, this.data.get('level') - 1));
      this.cameras.main.shake(120, 0.01);
    });

    this.time.addEvent({ delay: 650, loop: true, callback: this.spawnEnemy, callbackScope: this });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
  }

  makeTextures() {
    if (this.textures.exists('hero')) return;
    const g = this.add.graphics();
    g.fillStyle(0xade8f4, 1).fillTriangle(16, 0, 32, 32, 0, 32);
    g.generateTexture('hero', 32, 32);
    g.clear().fillStyle(0xfee440, 1).fillRect(0, 0, 4, 12);
    g.generateTexture('bolt', 4, 12);
    g.clear().fillStyle(0xf15bb5, 1).fillRect(0, 0, 30, 22).fillStyle(0x240046, 1).fillRect(6, 6, 18, 8);
    g.generateTexture('foe', 30, 22);
    g.clear().fillStyle(0x38b000, 1).fillRoundedRect(0, 0, 24, 24, 6).fillStyle(0xffffff, 1).fillRect(7, 5, 4, 14).fillRect(7, 5, 10, 4).fillRect(13, 5, 4, 9).fillRect(7, 11, 10, 3);
    g.generateTexture('capsule', 24, 24);
    g.destroy();
  }

  spawnEnemy() {
    const e = this.enemies.create(Phaser.Math.Between(30, 770), -20, 'foe');
    e.setVelocity(Phaser.Math.Between(-50, 50), Phaser.Math.Between(90, 140));
  }

  fireVolley() {
    const n = this.data.get('level');
    for (let i = 0; i < n; i++) {
      const offset = (i - n / 2) * SPREAD;
      const angle = -90 + offset;
      const b = this.bullets.get(this.ship.x, this.ship.y - 18);
      if (!b) return;
      b.enableBody(true, this.ship.x, this.ship.y - 18, true, true);
      b.setAngle(angle + 90);
      this.physics.velocityFromAngle(angle, 520, b.body.velocity);
    }
  }

  update(time) {
    const c = this.cursors;
    const vx = (c.left.isDown ? -300 : 0) + (c.right.isDown ? 300 : 0);
    const vy = (c.up.isDown ? -300 : 0) + (c.down.isDown ? 300 : 0);
    this.ship.setVelocity(vx, vy);

    if (c.space.isDown && time >= this.nextVolley) {
      this.fireVolley();
      this.nextVolley = time + 250;
    }

    this.bullets.getChildren().forEach((b) => {
      if (b.active && (b.y < -20 || b.x < -20 || b.x > 820)) b.disableBody(true, true);
    });
    [this.enemies, this.capsules].forEach((group) => {
      group.getChildren().slice().forEach((o) => { if (o.y > 640) o.destroy(); });
    });

    this.hud.setText('Score ' + this.data.get('score') + '   Weapon level ' + this.data.get('level') + ' / ' + MAX_LEVEL);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#10002b',
  physics: { default: 'arcade' },
  scene: Upgrade
};

new Phaser.Game(config);
