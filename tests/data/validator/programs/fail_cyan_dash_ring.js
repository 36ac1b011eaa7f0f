// 实现青色角色冲刺：按鼠标右键进行短距离冲刺，冲刺速度为 200*3，冷却 1 秒。
const WALK_SPEED = 200;
const DASH_SPEED = WALK_SPEED * 3;
const DASH_MS = 160;
const COOLDOWN_MS = 1000;
const RING = { x: 60, y: 540, r: 30 };

class CyanDashScene extends Phaser.Scene {
  constructor() {
    super('CyanDash');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x00e5ff, 1).fillCircle(16, 16, 16);
    g.lineStyle(3, 0x006064, 1).strokeCircle(16, 16, 14);
    g.generateTexture('runner', 32, 32);
    g.destroy();
  }

  create() {
    this.dashCount = 0;
    this.dashing = false;
    this.canDash = true;
    this.cooldownEvent = null;

    this.input.mouse.disableContextMenu();

    this.player = this.physics.add.sprite(400, 300, 'runner');
    this.player.setCollideWorldBounds(true);

    this.trail = this.add.graphics();
    this.ring = this.add.graphics().setDepth(10);
    this.add.text(RING.x + RING.r + 12, RING.y - 10, 'DASH', { fontFamily: 'Arial', fontSize: '18px', color: '#b2ebf2' }).setDepth(10);
    this.stats = this.add.text(16, 14, '', { fontFamily: 'Arial', fontSize: '16px', color: '#e0f7fa' });
    this.add.text(16, 36, 'WASD 移动，鼠标右键朝指针方向冲刺', { fontFamily: 'Arial', fontSize: '14px', color: '#80deea' });

    const K = Phaser.Input.Keyboard.KeyCodes;
    this.keys = this.input.keyboard.addKeys({ up: K.W, down: K.S, left: K.A, right: K.D });

    this.input.on('pointerdown', (pointer) => {
      if (pointer.rightButtonDown()) this.tryDash(pointer);
    });
  }

  tryDash(pointer) {
    if (!this.canDash || this.dashing) return;
    const angle = Phaser.Math.Angle.Between(this.player.x, this.player.y, pointer.worldX, pointer.worldY);
    this.physics.velocityFromRotation(angle, DASH_SPEED, this.player.body.velocity);
    this.dashing = true;
    this.canDash = false;
    this.dashCount += 1;

    this.time.delayedCall(DASH_MS, () => {
      this.dashing = false;
      this.player.setVelocity(0, 0);
      this.trail.clear();
    });
    this.cooldownEvent = this.time.addEvent({
      delay: COOLDOWN_MS,
      callback: () => {
        this.canDash = true;
      }
    });
  }

  drawRing() {
    const progress = this.cooldownEvent ? this.cooldownEvent.getProgress() : 1;
    const start = -90;
    const end = start + 360 * progress;
    this.ring.clear();
    this.ring.fillStyle(0x37474f, 1).fillCircle(RING.x, RING.y, RING.r);
    if (progress > 0) {
      this.ring.fillStyle(0x00e5ff, 1);
      this.ring.slice(RING.x, RING.y, RING.r - 3, start, end, false);
      this.ring.fillPath();
    }
    this.ring.lineStyle(2, 0xe0f7fa, 1).strokeCircle(RING.x, RING.y, RING.r);
  }

  update() {
    if (this.dashing) {
      this.trail.fillStyle(0x00e5ff, 0.25).fillCircle(this.player.x, this.player.y, 12);
    } else {
      const k = this.keys;
      const dir = new Phaser.Math.Vector2(
        (k.right.isDown ? 1 : 0) - (k.left.isDown ? 1 : 0),
        (k.down.isDown ? 1 : 0) - (k.up.isDown ? 1 : 0)
      ).normalize();
      this.player.setVelocity(dir.x * WALK_SPEED, dir.y * WALK_SPEED);
    }
    this.drawRing();
    this.stats.setText(`冲刺次数: ${this.dashCount}  速度: ${Math.round(this.player.body.speed)}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: CyanDashScene
};

new Phaser.Game(config);
