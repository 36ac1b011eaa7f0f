// 实现简单 Boss 战：白色Boss 有 8 点血量，被子弹（速度 240）命中扣血，血量归零时显示胜利。
const BOSS_MAX_HP = 8;
const BULLET_SPEED = 240;
const FIRE_GAP_MS = 250;

class Boss extends Phaser.Physics.Arcade.Sprite {
  constructor(scene, x, y) {
    super(scene, x, y, 'whiteBoss');
    scene.add.existing(this);
    scene.physics.add.existing(this);
    this.hp = BOSS_MAX_HP;
    this.setCollideWorldBounds(true);
    this.setBounce(1, 0);
    this.setImmovable(true);
    this.setVelocityX(130);
  }
}

class BossScene extends Phaser.Scene {
  constructor() {
    super('BossScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xfafafa, 1).fillRoundedRect(0, 0, 120, 80, 18);
    g.fillStyle(0x263238, 1).fillCircle(38, 34, 9).fillCircle(82, 34, 9).fillRect(40, 56, 40, 8);
    g.generateTexture('whiteBoss', 120, 80);
    g.clear();
    g.fillStyle(0x4dd0e1, 1).fillTriangle(0, 26, 17, 0, 34, 26);
    g.generateTexture('fighter', 34, 26);
    g.clear();
    g.fillStyle(0xffee58, 1).fillCircle(5, 5, 5);
    g.generateTexture('pellet', 10, 10);
    g.destroy();
  }

  create() {
    this.state = 'fighting';
    this.hitsLanded = 0;
    this.lastShot = -FIRE_GAP_MS;

    this.boss = new Boss(this, 400, 130);
    this.fighter = this.physics.add.sprite(400, 540, 'fighter').setCollideWorldBounds(true);
    this.pellets = this.physics.add.group({ defaultKey: 'pellet', maxSize: 16 });
    this.physics.add.overlap(this.boss, this.pellets, this.onBossHit, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.hpBar = this.add.graphics();
    this.hpText = this.add.text(400, 24, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.winText = this.add.text(400, 300, '胜利！VICTORY', { fontSize: '48px', color: '#fff176' })
      .setOrigin(0.5).setVisible(false);
    this.add.text(16, 576, '←/→ 移动  空格射击  R 重来', { fontSize: '14px', color: '#90a4ae' });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.drawHp();
  }

  onBossHit(boss, pellet) {
    pellet.disableBody(true, true);
    if (this.state !== 'fighting') return;
    boss.hp -= 1;
    this.hitsLanded += 1;
    this.drawHp();
    if (boss.hp <= 0) this.defeatBoss();
    this.punch(boss);
  }

  punch(boss) {
    this.tweens.killTweensOf(boss);
    boss.setScale(1);
    this.tweens.add({ targets: boss, scaleX: 1.12, scaleY: 0.9, duration: 70, yoyo: true });
  }

  defeatBoss() {
    this.state = 'defeated';
    this.boss.body.enable = false;
    this.tweens.add({
      targets: this.boss,
      alpha: 0,
      scale: 1.6,
      angle: 20,
      duration: 700,
      onComplete: () => {
        this.state = 'won';
        this.boss.setVisible(false);
        this.winText.setVisible(true);
      }
    });
  }

  drawHp() {
    const hp = Math.max(this.boss.hp, 0);
    this.hpBar.clear();
    this.hpBar.fillStyle(0x37474f, 1).fillRect(250, 44, 300, 14);
    this.hpBar.fillStyle(0xeeeeee, 1).fillRect(250, 44, 300 * hp / BOSS_MAX_HP, 14);
    this.hpText.setText('Boss HP: ' + hp + ' / ' + BOSS_MAX_HP);
  }

  update(time) {
    const dir = (this.cursors.right.isDown ? 1 : 0) - (this.cursors.left.isDown ? 1 : 0);
    this.fighter.setVelocityX(dir * 280);

    if (this.state === 'fighting' && this.cursors.space.isDown && time - this.lastShot >= FIRE_GAP_MS) {
      const pellet = this.pellets.get(this.fighter.x, this.fighter.y - 20);
      if (pellet) {
        pellet.enableBody(true, this.fighter.x, this.fighter.y - 20, true, true);
        pellet.setVelocityY(-BULLET_SPEED);
        this.lastShot = time;
      }
    }
    this.pellets.getChildren().forEach((p) => {
      if (p.active && p.y < -10) p.disableBody(true, true);
    });

    window.__signals__ = {
      bossHp: Math.max(this.boss.hp, 0),
      bossMaxHp: BOSS_MAX_HP,
      hitsLanded: this.hitsLanded,
      state: this.state,
      victoryShown: this.winText.visible,
      bulletSpeed: BULLET_SPEED
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1c1f2b',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: BossScene
};

new Phaser.Game(config);
