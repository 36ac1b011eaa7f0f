// 实现对象池压力测试：持续生成/回收 8 个蓝色子弹对象，使用对象池避免无限增长，输出当前活动对象数量。
const POOL_SIZE = 8;
const SPAWN_MS = 180;
const BULLET_SPEED = 300;

class PoolScene extends Phaser.Scene {
  constructor() {
    super('PoolScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x2f80ff, 1).fillCircle(7, 7, 7);
    g.fillStyle(0xbfdcff, 1).fillCircle(5, 5, 2);
    g.generateTexture('bullet', 14, 14);
    g.clear();
    g.fillStyle(0x9aa5b1, 1).fillCircle(20, 20, 20);
    g.generateTexture('emitterCore', 40, 40);
    g.destroy();
  }

  create() {
    this.spawned = 0;
    this.recycled = 0;
    this.skipped = 0;
    this.running = true;
    this.rnd = new Phaser.Math.RandomDataGenerator(['pool-259']);

    this.add.image(400, 300, 'emitterCore');
    this.arena = new Phaser.Geom.Rectangle(150, 80, 500, 440);
    this.add.graphics().lineStyle(2, 0x3c4a5c, 1).strokeRectShape(this.arena);

    this.bullets = this.physics.add.group({
      defaultKey: 'bullet',
      maxSize: POOL_SIZE,
      allowGravity: false
    });

    this.spawnTimer = this.time.addEvent({ delay: SPAWN_MS, loop: true, callback: this.spawn, callbackScope: this });

    this.hud = this.add.text(12, 10, '', { fontSize: '18px', color: '#dfe9f5', lineSpacing: 6 });
    this.add.text(12, 572, 'SPACE: start / stop the stream', { fontSize: '14px', color: '#8896a8' });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.running = !this.running;
      this.spawnTimer.paused = !this.running;
    });
  }

  spawn() {
    const bullet = this.bullets.get(400, 300);
    if (!bullet) {
      this.skipped += 1;
      return;
    }
    bullet.enableBody(true, 400, 300, true, true);
    const angle = this.rnd.realInRange(0, Math.PI * 2);
    this.physics.velocityFromRotation(angle, BULLET_SPEED, bullet.body.velocity);
    this.spawned += 1;
  }

  update() {
    this.bullets.getChildren().forEach((bullet) => {
      if (bullet.active && !this.arena.contains(bullet.x, bullet.y)) {
        bullet.disableBody(true, true);
        this.recycled += 1;
      }
    });

    const active = this.bullets.countActive(true);
    this.hud.setText([
      'Active bullets: ' + active + ' / ' + POOL_SIZE,
      'Spawned: ' + this.spawned + '   Recycled: ' + this.recycled + '   Pool full skips: ' + this.skipped,
      'Stream: ' + (this.running ? 'ON' : 'OFF')
    ]);
    window.__signals__ = {
      active: active,
      poolMax: POOL_SIZE,
      spawned: this.spawned,
      recycled: this.recycled,
      running: this.running
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1117',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: PoolScene
};

new Phaser.Game(config);
