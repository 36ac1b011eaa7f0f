// 实现青色角色冲刺：按鼠标右键进行短距离冲刺，冲刺速度为 200*3，冷却 1 秒。
const MOVE_SPEED = 200;
const DASH_SPEED = MOVE_SPEED * 3;
const DASH_TIME = 150;
const DASH_COOLDOWN = 1000;

function startDash(scene) {
  if (!scene.canDash || scene.isDashing) return;
  scene.canDash = false;
  scene.isDashing = true;
  scene.dashCount += 1;

  const dir = scene.facing.clone().normalize();
  scene.player.setVelocity(dir.x * DASH_SPEED, dir.y * DASH_SPEED);
  scene.player.setTint(0xffffff);

  scene.time.delayedCall(DASH_TIME, () => {
    scene.isDashing = false;
    scene.player.clearTint();
  });
  scene.cooldownTimer = scene.time.addEvent({
    delay: DASH_COOLDOWN,
    callback: () => { scene.canDash = true; }
  });
}

function drawCooldown(scene) {
  const g = scene.cooldownBar;
  g.clear();
  g.fillStyle(0x333333, 1).fillRect(20, 50, 200, 12);
  const progress = scene.canDash ? 1 : scene.cooldownTimer.getProgress();
  g.fillStyle(scene.canDash ? 0x00e5ff : 0x607d8b, 1).fillRect(20, 50, 200 * progress, 12);
  if (scene.canDash) {
    scene.statusText.setText('Dash: READY (right click)');
  } else {
    const left = (scene.cooldownTimer.getRemaining() / 1000).toFixed(1);
    scene.statusText.setText(`Dash: cooling down ${left}s`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  physics: { default: 'arcade' },
  scene: {
    preload() {
      const g = this.add.graphics();
      g.fillStyle(0x00e5ff, 1).fillRect(0, 0, 36, 36);
      g.generateTexture('hero', 36, 36);
      g.destroy();
    },
    create() {
      this.canDash = true;
      this.isDashing = false;
      this.dashCount = 0;
      this.cooldownTimer = null;
      this.facing = new Phaser.Math.Vector2(1, 0);

      this.player = this.physics.add.sprite(200, 300, 'hero').setCollideWorldBounds(true);
      this.keys = this.input.keyboard.addKeys('W,A,S,D');

      this.statusText = this.add.text(20, 20, '', { fontSize: '20px', color: '#e0f7fa' });
      this.cooldownBar = this.add.graphics();
      this.add.text(20, 570, 'WASD: move    Right mouse button: dash', { fontSize: '16px', color: '#90a4ae' });

      this.input.mouse.disableContextMenu();
      this.input.on('pointerdown', (pointer) => {
        if (pointer.rightButtonDown()) startDash(this);
      });
    },
    update() {
      if (!this.isDashing) {
        const v = new Phaser.Math.Vector2(
          (this.keys.D.isDown ? 1 : 0) - (this.keys.A.isDown ? 1 : 0),
          (this.keys.S.isDown ? 1 : 0) - (this.keys.W.isDown ? 1 : 0)
        );
        if (v.lengthSq() > 0) this.facing.copy(v);
        v.normalize().scale(MOVE_SPEED);
        this.player.setVelocity(v.x, v.y);
      }
      drawCooldown(this);
    }
  }
});
