// 任务：实现蓝色角色冲刺：按空格键进行短距离冲刺，冲刺速度为 160*3，冷却 1.5 秒。
const MOVE_SPEED = 160;
const DASH_SPEED = MOVE_SPEED * 3;
const DASH_TIME = 180;
const DASH_COOLDOWN = 1500;

class Runner extends Phaser.Physics.Arcade.Sprite {
  constructor(scene, x, y) {
    super(scene, x, y, 'blueRunner');
    scene.add.existing(this);
    scene.physics.add.existing(this);
    this.setCollideWorldBounds(true);
    this.facing = new Phaser.Math.Vector2(1, 0);
    this.isDashing = false;
    this.canDash = true;
    this.dashCount = 0;
  }

  move(cursors) {
    if (this.isDashing) {
      return;
    }
    const dir = new Phaser.Math.Vector2(
      (cursors.right.isDown ? 1 : 0) - (cursors.left.isDown ? 1 : 0),
      (cursors.down.isDown ? 1 : 0) - (cursors.up.isDown ? 1 : 0)
    ).normalize();
    this.facing.copy(dir);
    this.setVelocity(dir.x * MOVE_SPEED, dir.y * MOVE_SPEED);
  }

  dash() {
    if (!this.canDash || this.isDashing) {
      return false;
    }
    this.isDashing = true;
    this.canDash = false;
    this.dashCount += 1;
    this.setVelocity(this.facing.x * DASH_SPEED, this.facing.y * DASH_SPEED);
    this.setTint(0x9fd3ff);

    this.scene.time.delayedCall(DASH_TIME, () => {
      this.isDashing = false;
      this.clearTint();
    });
    this.cooldown = this.scene.time.addEvent({
      delay: DASH_COOLDOWN,
      callback: () => { this.canDash = true; }
    });
    return true;
  }
}

class DashScene extends Phaser.Scene {
  constructor() {
    super('DashScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x2f7bff, 1);
    g.fillRoundedRect(0, 0, 40, 40, 8);
    g.fillStyle(0xffffff, 1);
    g.fillRect(26, 12, 8, 8);
    g.generateTexture('blueRunner', 40, 40);
    g.destroy();
  }

  create() {
    this.runner = new Runner(this, 200, 300);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.dashKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);

    this.add.text(16, 16, '方向键移动，空格冲刺', { fontSize: '20px', color: '#ffffff' });
    this.cooldownText = this.add.text(16, 48, '', { fontSize: '20px', color: '#9fd3ff' });
  }

  update() {
    this.runner.move(this.cursors);
    if (Phaser.Input.Keyboard.JustDown(this.dashKey)) {
      this.runner.dash();
    }
    const cd = this.runner.cooldown;
    const left = this.runner.canDash || !cd ? 0 : cd.getRemainingSeconds();
    this.cooldownText.setText(left > 0 ? `冲刺冷却: ${left.toFixed(1)} s` : '冲刺就绪');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#10141f',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: DashScene
});
