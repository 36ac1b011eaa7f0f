// 实现波次敌人生成：每波 12 个粉色敌人，敌人速度 240，消灭完后等 2 秒进入下一波，显示当前波次。
const ENEMIES_PER_WAVE = 12;
const ENEMY_SPEED = 240;
const WAVE_GAP_MS = 2000;

class WavesScene extends Phaser.Scene {
  constructor() {
    super('WavesScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff79c6, 1).fillCircle(22, 22, 22);
    g.fillStyle(0x3b1030, 1).fillCircle(15, 18, 4).fillCircle(29, 18, 4);
    g.generateTexture('pinkEnemy', 44, 44);
    g.destroy();
  }

  create() {
    this.wave = 0;
    this.defeated = 0;
    this.waiting = false;
    this.nextWaveTimer = this.time.addEvent({ delay: WAVE_GAP_MS, callback: this.spawnWave, callbackScope: this, paused: true });
    this.rnd = new Phaser.Math.RandomDataGenerator(['waves-275']);

    this.enemies = this.physics.add.group({ collideWorldBounds: true, bounceX: 1, bounceY: 1 });
    this.physics.world.setBounds(0, 50, 800, 550);

    this.waveText = this.add.text(12, 12, '', { fontSize: '22px', color: '#ffd6ec' });
    this.banner = this.add.text(400, 320, '', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5).setDepth(5);
    this.add.text(788, 16, 'Click the pink enemies', { fontSize: '14px', color: '#c9a3b8' }).setOrigin(1, 0);

    this.input.on('gameobjectdown', (pointer, enemy) => {
      if (!enemy.active) return;
      enemy.disableBody(true, true);
      this.defeated += 1;
    });

    this.spawnWave();
  }

  spawnWave() {
    this.wave += 1;
    this.waiting = false;
    this.banner.setText('');
    for (let i = 0; i < ENEMIES_PER_WAVE; i++) {
      const x = this.rnd.between(60, 740);
      const y = this.rnd.between(110, 540);
      const enemy = this.enemies.get(x, y, 'pinkEnemy');
      enemy.enableBody(true, x, y, true, true);
      if (!enemy.input) enemy.setInteractive();
      enemy.body.setCircle(22);
      const angle = this.rnd.realInRange(0, Math.PI * 2);
      this.physics.velocityFromRotation(angle, ENEMY_SPEED, enemy.body.velocity);
    }
  }

  update() {
    const alive = this.enemies.countActive(true);

    if (!this.waiting && alive === 0) {
      this.waiting = true;
      this.nextWaveTimer.paused = false;
    }

    if (this.waiting) {
      this.banner.setText('Wave ' + this.wave + ' cleared!\nNext wave in ' + this.nextWaveTimer.getRemainingSeconds().toFixed(1) + 's');
    }

    this.waveText.setText('Wave: ' + this.wave + '   Enemies left: ' + alive + ' / ' + ENEMIES_PER_WAVE + '   Defeated: ' + this.defeated);
    window.__signals__ = {
      wave: this.wave,
      alive: alive,
      defeated: this.defeated,
      waiting: this.waiting,
      enemySpeed: ENEMY_SPEED
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1e1024',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: WavesScene
};

new Phaser.Game(config);
