// Enemies arrive in waves (one every 0.8 s); click an enemy to destroy it, and the next, larger wave starts only once the whole current wave is cleared.
class WaveScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Waves' });
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x9b59b6).fillTriangle(0, 40, 20, 0, 40, 40).generateTexture('raider', 40, 40);
    g.destroy();

    this.add.rectangle(400, 330, 800, 90, 0x3b3b3b);
    this.enemies = this.physics.add.group();
    this.wave = 0;
    this.toSpawn = 0;
    this.leaked = 0;

    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.banner = this.add.text(400, 160, '', { fontSize: '40px', color: '#ffd166' }).setOrigin(0.5);

    this.input.on('gameobjectdown', (pointer, enemy) => {
      enemy.destroy();
      this.checkWaveCleared();
    });

    this.startWave();
  }

  startWave() {
    this.wave += 1;
    this.toSpawn = 2 + this.wave * 2;
    this.banner.setText(`Wave ${this.wave}`).setAlpha(1);
    this.tweens.add({ targets: this.banner, alpha: 0, delay: 800, duration: 600 });
    this.time.addEvent({
      delay: 800,
      repeat: this.toSpawn - 1,
      callback: this.spawnEnemy,
      callbackScope: this
    });
  }

  spawnEnemy() {
    this.toSpawn -= 1;
    const enemy = this.enemies.create(40, 330, 'raider');
    enemy.setInteractive();
    enemy.setVelocityX(40 + this.wave * 10);
  }

  checkWaveCleared() {
    if (this.toSpawn === 0 && this.enemies.countActive() === 0) {
      this.time.delayedCall(1000, () => this.startWave());
    }
  }

  update() {
    this.enemies.getChildren().slice().forEach((enemy) => {
      if (enemy.x > 820) {
        enemy.destroy();
        this.leaked += 1;
        this.checkWaveCleared();
      }
    });
    this.hud.setText(`Wave: ${this.wave}   Incoming: ${this.toSpawn}   On field: ${this.enemies.countActive()}   Leaked: ${this.leaked}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b263b',
  physics: { default: 'arcade' },
  scene: [WaveScene]
});
