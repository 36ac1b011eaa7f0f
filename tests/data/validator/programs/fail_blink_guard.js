// 实现碰撞伤害与白色无敌帧：碰撞扣 1 血，之后 0.5 秒内无敌（闪烁提示），共 3 血，显示血量。
const MAX_HP = 3;
const INVINCIBLE_MS = 500;
const PLAYER_SPEED = 220;
const HAZARDS = [
  { x: 140, y: 140, vx: 150, vy: 110 },
  { x: 660, y: 160, vx: -130, vy: 140 },
  { x: 400, y: 470, vx: 170, vy: -90 }
];

window.__signals__ = window.__signals__ || [];

function emit(scene, event) {
  window.__signals__.push({ event, hp: scene.hp, invincible: scene.invincible, t: Math.round(scene.time.now) });
}

function refreshHud(scene) {
  scene.hpText.setText('HP: ' + '♥'.repeat(scene.hp) + '♡'.repeat(MAX_HP - scene.hp) + `  (${scene.hp}/${MAX_HP})`);
}

function onHit(scene, player) {
  if (scene.invincible || scene.hp <= 0) return;
  scene.hp -= 1;
  refreshHud(scene);
  if (scene.hp <= 0) {
    scene.physics.pause();
    player.setTint(0x888888);
    scene.add.text(400, 300, 'GAME OVER', { fontFamily: 'Arial', fontSize: '48px', color: '#ff5252' }).setOrigin(0.5);
    emit(scene, 'dead');
    return;
  }
  scene.invincible = true;
  scene.blink = scene.tweens.add({ targets: player, alpha: 0, duration: 100, yoyo: true, repeat: -1 });
  scene.time.delayedCall(INVINCIBLE_MS, () => {
    scene.blink.stop();
    scene.invincible = false;
    emit(scene, 'vulnerable');
  });
  emit(scene, 'hit');
}

const mainScene = {
  key: 'blink-guard',

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 32, 32, 8);
    g.fillStyle(0x212121, 1).fillCircle(11, 13, 3).fillCircle(21, 13, 3);
    g.generateTexture('guard', 32, 32);
    g.clear();
    g.fillStyle(0xe53935, 1).fillTriangle(14, 0, 28, 26, 0, 26);
    g.generateTexture('spike', 28, 26);
    g.destroy();
  },

  create() {
    this.hp = MAX_HP;
    this.invincible = false;

    this.player = this.physics.add.sprite(400, 300, 'guard').setCollideWorldBounds(true);

    this.hazards = this.physics.add.group({ bounceX: 1, bounceY: 1, collideWorldBounds: true });
    HAZARDS.forEach((h) => {
      const spike = this.hazards.create(h.x, h.y, 'spike');
      spike.setVelocity(h.vx, h.vy);
    });

    this.physics.add.overlap(this.player, this.hazards, (player) => onHit(this, player));

    this.hpText = this.add.text(16, 14, '', { fontFamily: 'Arial', fontSize: '24px', color: '#ffffff' });
    this.add.text(16, 48, '方向键移动，躲开红色尖刺', { fontFamily: 'Arial', fontSize: '14px', color: '#b0bec5' });
    refreshHud(this);

    this.cursors = this.input.keyboard.createCursorKeys();
    emit(this, 'start');
  },

  update() {
    if (this.hp <= 0) return;
    const c = this.cursors;
    const vx = (c.right.isDown ? 1 : 0) - (c.left.isDown ? 1 : 0);
    const vy = (c.down.isDown ? 1 : 0) - (c.up.isDown ? 1 : 0);
    const v = new Phaser.Math.Vector2(vx, vy).normalize().scale(PLAYER_SPEED);
    this.player.setVelocity(v.x, v.y);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: mainScene
};

new Phaser.Game(config);
