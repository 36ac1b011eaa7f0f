// 实现蓝色角色冲刺：按鼠标左键进行短距离冲刺，冲刺速度为 80*3，冷却 2 秒。
const SPEED = 80;
const DASH_SPEED = SPEED * 3;
const DASH_TIME = 300;
const COOLDOWN = 2000;

class BlueDashScene extends Phaser.Scene {
  constructor() {
    super('BlueDash');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x1e88e5, 1).fillRect(0, 0, 30, 30);
    g.fillStyle(0xbbdefb, 1).fillTriangle(18, 8, 28, 15, 18, 22);
    g.generateTexture('blue-box', 30, 30);
    g.clear();
    g.fillStyle(0x37474f, 1).fillRect(0, 0, 4, 4);
    g.generateTexture('dot', 4, 4);
    g.destroy();
  }

  create() {
    this.dashState = { dashes: 0, dashing: false };
    this.facing = new Phaser.Math.Vector2(1, 0);
    this.cooldown = null;

    for (let x = 20; x < 800; x += 40) {
      for (let y = 20; y < 600; y += 40) this.add.image(x, y, 'dot');
    }

    this.player = this.physics.add.sprite(200, 300, 'blue-box').setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();

    this.statusText = this.add.text(16, 14, '', { fontFamily: 'Arial', fontSize: '20px', color: '#e3f2fd' });
    this.add.text(16, 44, '方向键移动（速度 80），鼠标左键沿朝向冲刺', { fontFamily: 'Arial', fontSize: '14px', color: '#90caf9' });

    this.input.on('pointerdown', (pointer) => {
      if (pointer.leftButtonDown()) this.dash();
    });
  }

  dash() {
    if (this.cooldown || this.dashState.dashing) return;
    this.dashState.dashing = true;
    this.dashState.dashes += 1;
    this.player.setVelocity(this.facing.x * DASH_SPEED, this.facing.y * DASH_SPEED);
    this.player.setTint(0x80d8ff);

    this.time.delayedCall(DASH_TIME, () => {
      this.dashState.dashing = false;
      this.player.clearTint();
    });

    this.cooldown = this.time.delayedCall(COOLDOWN, () => {
      this.cooldown = null;
      this.tweens.add({ targets: this.statusText, scale: 1.15, duration: 120, yoyo: true });
    });
  }

  update() {
    if (!this.dashState.dashing) {
      const c = this.cursors;
      const dir = new Phaser.Math.Vector2(
        (c.right.isDown ? 1 : 0) - (c.left.isDown ? 1 : 0),
        (c.down.isDown ? 1 : 0) - (c.up.isDown ? 1 : 0)
      );
      if (dir.lengthSq() > 0) {
        dir.normalize();
        this.facing.copy(dir);
        this.player.setRotation(dir.angle());
      }
      this.player.setVelocity(dir.x * SPEED, dir.y * SPEED);
    }

    if (this.cooldown) {
      const left = this.cooldown.getRemainingSeconds().toFixed(1);
      this.statusText.setText(`冲刺冷却中: ${left}s   已冲刺 ${this.dashState.dashes} 次`);
      this.statusText.setColor('#ffab91');
    } else {
      this.statusText.setText(`冲刺就绪 (左键)   已冲刺 ${this.dashState.dashes} 次`);
      this.statusText.setColor('#e3f2fd');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1b2a',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: BlueDashScene
};

new Phaser.Game(config);
