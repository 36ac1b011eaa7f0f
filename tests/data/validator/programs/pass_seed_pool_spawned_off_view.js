// 任务：使用对象池管理 12 个紫色可复用对象，对象离开屏幕后自动回收并重新使用。
const POOL_SIZE = 12;
const SPAWN_EVERY = 350;

class PoolScene extends Phaser.Scene {
  constructor() {
    super('PoolScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8e44ad, 1);
    g.fillCircle(20, 20, 20);
    g.fillStyle(0xd7a6ff, 1);
    g.fillCircle(14, 14, 6);
    g.generateTexture('purpleOrb', 40, 40);
    g.destroy();
  }

  create() {
    this.stats = { created: 0, spawned: 0, recycled: 0, reused: 0 };
    window.__signals__ = this.stats;

    this.pool = this.physics.add.group({
      defaultKey: 'purpleOrb',
      maxSize: POOL_SIZE,
      createCallback: () => { this.stats.created += 1; }
    });

    this.time.addEvent({
      delay: SPAWN_EVERY,
      loop: true,
      callback: this.spawnOrb,
      callbackScope: this
    });

    this.info = this.add.text(12, 12, '', { fontSize: '18px', color: '#e8d5ff' });
  }

  spawnOrb() {
    const y = Phaser.Math.Between(40, this.scale.height - 40);
    const orb = this.pool.get(-30, y);
    if (!orb) {
      return;
    }
    if (orb.getData('used')) {
      this.stats.reused += 1;
    }
    orb.setData('used', true);
    orb.enableBody(true, -30, y, true, true);
    orb.setVelocityX(Phaser.Math.Between(180, 320));
    this.stats.spawned += 1;
  }

  isOffScreen(orb) {
    return orb.x - orb.displayWidth / 2 > this.scale.width;
  }

  update() {
    this.pool.children.iterate((orb) => {
      if (orb.active && this.isOffScreen(orb)) {
        orb.disableBody(true, true);
        this.stats.recycled += 1;
      }
    });
    const s = this.stats;
    this.info.setText(
      `池大小: ${this.pool.getLength()}  活动: ${this.pool.countActive(true)}  ` +
      `回收: ${s.recycled}  复用: ${s.reused}`
    );
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#160f24',
  physics: { default: 'arcade' },
  scene: PoolScene
});
