// 实现角色受伤效果：碰撞时白色角色闪烁 1 秒，同时播放击退效果（击退距离与速度 80 相关）。
const KNOCKBACK_SPEED = 80;
const KNOCKBACK_TIME = 1000;
const INVULNERABLE_MS = 1000;
const MOVE_SPEED = 170;

class HurtScene extends Phaser.Scene {
  constructor() {
    super({ key: 'HurtScene' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 30, 30);
    g.generateTexture('hero', 30, 30);
    g.clear();
    g.fillStyle(0xe74c3c, 1).fillRect(0, 0, 36, 36);
    g.generateTexture('hazard', 36, 36);
    g.destroy();
  }

  create() {
    this.hp = 5;
    this.hits = 0;
    this.invulnerable = false;
    this.knockTween = null;

    this.add.rectangle(400, 300, 760, 560, 0x2b2f3a).setStrokeStyle(2, 0x4a5060);
    this.hero = this.physics.add.sprite(200, 300, 'hero').setCollideWorldBounds(true);

    this.hazards = this.physics.add.group({ immovable: true, allowGravity: false });
    [[420, 180, 0, 90], [560, 320, 90, 0], [380, 450, -70, 0]].forEach(([x, y, vx, vy]) => {
      const h = this.hazards.create(x, y, 'hazard');
      h.setVelocity(vx, vy).setCollideWorldBounds(true).setBounce(1);
    });

    this.physics.add.overlap(this.hero, this.hazards, this.onHit, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(24, 24, '', { fontSize: '18px', color: '#ffffff' });
    this.refresh();
  }

  onHit(hero, hazard) {
    if (this.invulnerable || this.hp <= 0) return;
    this.hp -= 1;
    this.hits += 1;
    this.invulnerable = true;

    const angle = Phaser.Math.Angle.Between(hazard.x, hazard.y, hero.x, hero.y);
    const distance = KNOCKBACK_SPEED * (KNOCKBACK_TIME / 1000) * 0.5;
    const tx = Phaser.Math.Clamp(hero.x + Math.cos(angle) * distance, 35, 765);
    const ty = Phaser.Math.Clamp(hero.y + Math.sin(angle) * distance, 35, 565);
    hero.setVelocity(0);
    this.knockTween = this.tweens.add({
      targets: hero,
      x: tx,
      y: ty,
      duration: KNOCKBACK_TIME / 2,
      ease: 'Quad.easeOut',
      onComplete: () => { this.knockTween = null; }
    });

    this.blinkTimer = this.time.addEvent({
      delay: 100,
      repeat: INVULNERABLE_MS / 100 - 1,
      callback: () => {
        if (this.hero.isTinted) this.hero.clearTint(); else this.hero.setTintFill(0xffffff);
      }
    });

    this.time.delayedCall(INVULNERABLE_MS, () => {
      this.invulnerable = false;
      this.hero.clearTint();
      this.refresh();
    });
    this.refresh();
  }

  refresh() {
    const status = this.hp <= 0 ? 'DOWN' : this.invulnerable ? 'INVULNERABLE' : 'OK';
    this.hud.setText('HP: ' + this.hp + '   Hits: ' + this.hits + '   ' + status);
    window.__signals__ = { hp: this.hp, hits: this.hits, invulnerable: this.invulnerable, knockback: !!this.knockTween };
  }

  update() {
    if (this.knockTween || this.hp <= 0) {
      this.hero.setVelocity(0);
      return;
    }
    const c = this.cursors;
    const vx = (c.right.isDown ? 1 : 0) - (c.left.isDown ? 1 : 0);
    const vy = (c.down.isDown ? 1 : 0) - (c.up.isDown ? 1 : 0);
    const len = Math.hypot(vx, vy) || 1;
    this.hero.setVelocity((vx / len) * MOVE_SPEED, (vy / len) * MOVE_SPEED);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1d24',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [HurtScene]
};

new Phaser.Game(config);
