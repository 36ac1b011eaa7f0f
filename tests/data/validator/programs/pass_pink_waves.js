// 实现波次敌人生成：每波 20 个粉色敌人，敌人速度 120，消灭完后等 2 秒进入下一波，显示当前波次。
const WAVE_SIZE = 20;
const ENEMY_SPEED = 120;
const WAVE_GAP_MS = 2000;
const SEED = 'pink-waves-241';

class PinkWavesScene extends Phaser.Scene {
  constructor() {
    super('PinkWaves');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xf06292, 1).fillCircle(16, 16, 16);
    g.fillStyle(0x880e4f, 1).fillCircle(10, 13, 3).fillCircle(22, 13, 3);
    g.generateTexture('pink-enemy', 32, 32);
    g.destroy();
  }

  create() {
    this.rng = new Phaser.Math.RandomDataGenerator([SEED]);
    this.waveIndex = 0;
    this.kills = 0;
    this.betweenWaves = false;

    this.physics.world.setBounds(20, 70, 760, 510);
    this.add.rectangle(400, 325, 760, 510).setStrokeStyle(2, 0xf8bbd0);

    this.enemies = this.physics.add.group({
      defaultKey: 'pink-enemy',
      bounceX: 1,
      bounceY: 1,
      collideWorldBounds: true
    });

    this.waveText = this.add.text(20, 20, '', { fontFamily: 'Arial', fontSize: '24px', color: '#fce4ec' });
    this.infoText = this.add.text(780, 24, '', { fontFamily: 'Arial', fontSize: '18px', color: '#f8bbd0' }).setOrigin(1, 0);
    this.banner = this.add.text(400, 320, '', { fontFamily: 'Arial', fontSize: '40px', color: '#ffffff' }).setOrigin(0.5).setDepth(5);

    this.input.on('gameobjectdown', (pointer, enemy) => this.killEnemy(enemy));

    this.startWave();
  }

  startWave() {
    this.betweenWaves = false;
    this.banner.setText('');
    this.waveText.setText('当前波次: ' + (this.waveIndex + 1));
    for (let i = 0; i < WAVE_SIZE; i++) {
      const x = this.rng.between(60, 740);
      const y = this.rng.between(110, 540);
      const enemy = this.enemies.create(x, y);
      enemy.setCircle(16);
      enemy.setInteractive({ useHandCursor: true });
      this.physics.velocityFromRotation(this.rng.rotation(), ENEMY_SPEED, enemy.body.velocity);
    }
    this.updateInfo();
  }

  killEnemy(enemy) {
    if (!enemy.active) return;
    enemy.disableBody(true, true);
    enemy.disableInteractive();
    this.kills += 1;
    this.updateInfo();

    if (this.enemies.countActive(true) === 0 && !this.betweenWaves) {
      this.betweenWaves = true;
      this.banner.setText('本波清空！2 秒后下一波');
      this.time.delayedCall(WAVE_GAP_MS, () => {
        this.waveIndex += 1;
        this.startWave();
      });
    }
  }

  updateInfo() {
    this.infoText.setText(`剩余: ${this.enemies.countActive(true)}   击杀: ${this.kills}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2a0f1f',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: PinkWavesScene
};

new Phaser.Game(config);
