// 任务：实现按鼠标左键发射灰色子弹的例子，子弹速度 80，离开边界回收（使用对象池）。
const BULLET_SPEED = 80;
const POOL_MAX = 6;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1c1f26',
  physics: { default: 'arcade' },
  scene: {
    preload() {
      const g = this.make.graphics({ add: false });
      g.fillStyle(0xa0a0a0, 1);
      g.fillCircle(6, 6, 6);
      g.generateTexture('greyBullet', 12, 12);
      g.clear();
      g.fillStyle(0x607d8b, 1);
      g.fillRect(0, 0, 44, 20);
      g.generateTexture('barrel', 44, 20);
      g.destroy();
    },

    create() {
      this.shots = 0;
      this.recycled = 0;
      this.add.circle(400, 300, 26, 0x455a64);
      this.turret = this.add.image(400, 300, 'barrel').setOrigin(0.1, 0.5);

      this.bullets = this.physics.add.group({
        defaultKey: 'greyBullet',
        maxSize: POOL_MAX
      });

      this.input.on('pointermove', (pointer) => {
        this.turret.rotation = Phaser.Math.Angle.Between(400, 300, pointer.worldX, pointer.worldY);
      });

      this.input.on('pointerdown', (pointer) => {
        if (!pointer.leftButtonDown()) {
          return;
        }
        const angle = Phaser.Math.Angle.Between(400, 300, pointer.worldX, pointer.worldY);
        this.turret.rotation = angle;
        const bullet = this.bullets.get(400, 300);
        if (!bullet) {
          return;
        }
        bullet.enableBody(true, 400 + Math.cos(angle) * 40, 300 + Math.sin(angle) * 40, true, true);
        this.physics.velocityFromRotation(angle, BULLET_SPEED, bullet.body.velocity);
        this.shots += 1;
      });

      this.hud = this.add.text(12, 12, '', { fontSize: '18px', color: '#e0e0e0' });
    },

    update() {
      const bounds = this.physics.world.bounds;
      this.bullets.children.each((bullet) => {
        if (bullet.active && bullet.y < bounds.top) {
          this.bullets.killAndHide(bullet);
          bullet.body.stop();
          bullet.disableBody();
          this.recycled += 1;
        }
      });
      this.hud.setText(
        `发射: ${this.shots}  回收: ${this.recycled}  ` +
        `池: ${this.bullets.getLength()}/${POOL_MAX}  空闲: ${this.bullets.getTotalFree()}`
      );
    }
  }
});
