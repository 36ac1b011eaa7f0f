// Idle gold mine with pause menu: 3 miners earn 1 gold each per second; ESC launches a pause menu scene over the mine, no gold is earned while paused, and ESC again resumes.
class MineScene extends Phaser.Scene {
  constructor() {
    super('Mine');
  }

  create() {
    this.gold = 0;
    this.miners = 3;
    this.lastTick = null;

    for (let i = 0; i < this.miners; i++) {
      const miner = this.add.rectangle(250 + i * 150, 380, 50, 70, 0xffb300);
      this.tweens.add({ targets: miner, y: 360, duration: 400, yoyo: true, repeat: -1, delay: i * 120 });
    }
    this.add.rectangle(400, 450, 800, 60, 0x5d4037);
    this.goldText = this.add.text(20, 20, 'Gold: 0', { fontSize: '30px', color: '#ffd54f' });
    this.add.text(20, 60, 'ESC: pause', { fontSize: '16px', color: '#bbbbbb' });

    this.input.keyboard.on('keydown-ESC', () => {
      this.scene.launch('Pause');
      this.scene.pause();
    });
  }

  update(time) {
    if (this.lastTick === null) {
      this.lastTick = time;
    }
    const ticks = Math.floor((time - this.lastTick) / 1000);
    if (ticks > 0) {
      this.gold += ticks * this.miners;
      this.lastTick += ticks * 1000;
      this.goldText.setText(`Gold: ${this.gold}`);
    }
  }
}

class PauseScene extends Phaser.Scene {
  constructor() {
    super('Pause');
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.text(400, 260, 'PAUSED', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 330, 'Press ESC to resume', { fontSize: '20px', color: '#dddddd' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-ESC', () => {
      this.scene.resume('Mine');
      this.scene.stop();
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  scene: [MineScene, PauseScene]
});
