// 实现角色受伤效果：碰撞时紫色角色闪烁 3 秒，同时播放击退效果（击退距离与速度 120 相关）。
const BASE_SPEED = 120;
const KNOCK_SPEED = BASE_SPEED * 3;
const KNOCK_MS = 250;
const FLASH_TOTAL_MS = 3000;
const FLASH_STEP_MS = 150;

window.__signals__ = window.__signals__ || [];

class RecoilScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Recoil' });
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x9c27b0, 1).fillCircle(18, 18, 18);
    g.fillStyle(0xffffff, 1).fillCircle(12, 14, 4).fillCircle(24, 14, 4);
    g.generateTexture('mage', 36, 36);
    g.clear();
    g.fillStyle(0x8bc34a, 1).fillEllipse(24, 18, 48, 36);
    g.fillStyle(0x33691e, 1).fillCircle(16, 14, 3).fillCircle(32, 14, 3);
    g.generateTexture('slime', 48, 36);
    g.destroy();
  }

  create() {
    this.hits = 0;
    this.invincible = false;
    this.knockUntil = 0;

    this.player = this.physics.add.sprite(400, 520, 'mage').setCollideWorldBounds(true);
    this.player.setCircle(18);

    this.slimes = this.physics.add.group({ immovable: true, allowGravity: false, collideWorldBounds: true, bounceX: 1 });
    [[150, 140, 110], [560, 280, -140], [300, 400, 90]].forEach(([x, y, vx]) => {
      const slime = this.slimes.create(x, y, 'slime');
      slime.setVelocityX(vx);
    });

    this.physics.add.collider(this.player, this.slimes, this.onHurt, null, this);

    this.info = this.add.text(16, 14, '', { fontFamily: 'Arial', fontSize: '20px', color: '#f3e5f5' });
    this.add.text(16, 42, '方向键移动，碰到史莱姆会被击退', { fontFamily: 'Arial', fontSize: '14px', color: '#ce93d8' });
    this.keys = this.input.keyboard.createCursorKeys();
    this.refreshInfo();
  }

  onHurt(player, slime) {
    if (this.invincible) return;
    this.invincible = true;
    this.hits += 1;

    const away = new Phaser.Math.Vector2(player.x - slime.x, player.y - slime.y);
    if (away.lengthSq() === 0) away.set(0, 1);
    away.normalize().scale(KNOCK_SPEED);
    player.setVelocity(away.x, away.y);
    this.knockUntil = this.time.now + KNOCK_MS;
    player.body.enable = false;

    this.tweens.add({
      targets: player,
      alpha: 0.15,
      duration: FLASH_STEP_MS,
      yoyo: true,
      repeat: FLASH_TOTAL_MS / (FLASH_STEP_MS * 2) - 1,
      onComplete: () => {
        player.setAlpha(1);
        player.body.enable = true;
        this.invincible = false;
        this.refreshInfo();
        window.__signals__.push({ event: 'recovered', hits: this.hits, t: Math.round(this.time.now) });
      }
    });

    this.refreshInfo();
    window.__signals__.push({ event: 'hurt', hits: this.hits, knock: KNOCK_SPEED * KNOCK_MS / 1000, t: Math.round(this.time.now) });
  }

  refreshInfo() {
    this.info.setText(`受伤次数: ${this.hits}  ${this.invincible ? '无敌中' : '正常'}`);
  }

  update() {
    if (this.time.now < this.knockUntil) return;
    const k = this.keys;
    const dir = new Phaser.Math.Vector2(
      (k.right.isDown ? 1 : 0) - (k.left.isDown ? 1 : 0),
      (k.down.isDown ? 1 : 0) - (k.up.isDown ? 1 : 0)
    ).normalize();
    this.player.setVelocity(dir.x * BASE_SPEED * 1.5, dir.y * BASE_SPEED * 1.5);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1027',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: RecoilScene
};

new Phaser.Game(config);
