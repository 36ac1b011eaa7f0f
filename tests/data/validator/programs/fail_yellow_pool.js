// 实现对象池压力测试：持续生成/回收 12 个黄色子弹对象，使用对象池避免无限增长，输出当前活动对象数量。
const POOL_SIZE = 12;
const FIRE_EVERY_MS = 90;
const BULLET_SPEED = 260;
const SPIN_PER_SHOT = 0.45;

class PoolScene extends Phaser.Scene {
  constructor() {
    super('PoolScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffeb3b, 1).fillCircle(7, 7, 7);
    g.fillStyle(0xfff9c4, 1).fillCircle(5, 5, 3);
    g.generateTexture('yellowBullet', 14, 14);
    g.clear();
    g.fillStyle(0x8d6e63, 1).fillCircle(24, 24, 24);
    g.fillStyle(0x5d4037, 1).fillRect(24, 18, 30, 12);
    g.generateTexture('spinner', 56, 48);
    g.destroy();
  }

  create() {
    this.fired = 0;
    this.recycled = 0;
    this.skipped = 0;
    this.created = 0;
    this.peakActive = 0;
    this.aim = 0;

    this.spinner = this.add.image(400, 300, 'spinner').setOrigin(24 / 56, 0.5);
    this.bullets = this.physics.add.group({
      defaultKey: 'yellowBullet',
      createCallback: () => { this.created += 1; }
    });
    this.bullets.createMultiple({ key: 'yellowBullet', quantity: POOL_SIZE, active: false, visible: false });
    this.bullets.children.iterate((b) => { b.disableBody(true, true); });

    this.fireTimer = this.time.addEvent({ delay: FIRE_EVERY_MS, loop: true, callback: this.fire, callbackScope: this });
    this.input.keyboard.on('keydown-SPACE', () => { this.fireTimer.paused = !this.fireTimer.paused; });

    this.hud = this.add.text(16, 14, '', { fontSize: '18px', color: '#fff59d', lineSpacing: 6 });
    this.add.text(16, 574, '空格：暂停/继续发射', { fontSize: '14px', color: '#bcaaa4' });
  }

  fire() {
    this.aim += SPIN_PER_SHOT;
    this.spinner.rotation = this.aim;
    const x = 400 + Math.cos(this.aim) * 30;
    const y = 300 + Math.sin(this.aim) * 30;
    const bullet = this.bullets.getFirstDead(true, x, y);
    if (!bullet) {
      this.skipped += 1;
      return;
    }
    bullet.enableBody(true, x, y, true, true);
    this.physics.velocityFromRotation(this.aim, BULLET_SPEED, bullet.body.velocity);
    this.fired += 1;
  }

  update() {
    const view = this.physics.world.bounds;
    this.bullets.children.iterate((b) => {
      if (b.active && !Phaser.Geom.Rectangle.Contains(view, b.x, b.y)) {
        b.disableBody(true, true);
        this.recycled += 1;
      }
    });

    const active = this.bullets.countActive(true);
    this.peakActive = Math.max(this.peakActive, active);
    this.hud.setText([
      '活动子弹: ' + active + ' / ' + POOL_SIZE,
      '池内对象总数: ' + this.bullets.getLength() + '   峰值活动: ' + this.peakActive,
      '已发射: ' + this.fired + '   已回收: ' + this.recycled + '   池满跳过: ' + this.skipped,
      this.fireTimer.paused ? '（发射已暂停）' : ''
    ]);
    window.__signals__ = {
      active: active,
      poolSize: this.bullets.getLength(),
      poolLimit: POOL_SIZE,
      peakActive: this.peakActive,
      created: this.created,
      fired: this.fired,
      recycled: this.recycled,
      skipped: this.skipped
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2b2416',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: PoolScene
};

new Phaser.Game(config);
