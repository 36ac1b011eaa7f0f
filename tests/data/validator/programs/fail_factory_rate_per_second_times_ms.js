// Task: Idle factory: click WORK to earn 1 coin, buy Workers for 10 coins each, and every Worker produces 1 coin per second automatically.
const WORKER_COST = 10;
const WORKER_RATE = 1; // coins per second per worker

function makeButton(scene, x, y, label, color, onClick) {
  const bg = scene.add.rectangle(0, 0, 220, 64, color).setStrokeStyle(2, 0xffffff);
  const txt = scene.add.text(0, 0, label, { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
  const btn = scene.add.container(x, y, [bg, txt]);
  btn.setSize(220, 64);
  btn.setInteractive({ useHandCursor: true });
  btn.on('pointerdown', () => {
    onClick();
    scene.tweens.add({ targets: btn, scale: 0.94, duration: 50, yoyo: true });
  });
  return btn;
}

function spawnWorkerIcon(scene) {
  const i = scene.workers - 1;
  const icon = scene.add.image(120 + (i % 20) * 30, 470 + Math.floor(i / 20) * 40, 'worker');
  scene.workerIcons.add(icon);
  icon.setScale(0);
  scene.tweens.add({ targets: icon, scale: 1, duration: 200, ease: 'Back.Out' });
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  scene: {
    create() {
      this.coins = 0;
      this.workers = 0;

      this.add.text(400, 60, 'Idle Factory', { fontSize: '40px', color: '#ffd54f' }).setOrigin(0.5);
      this.coinText = this.add.text(400, 150, '', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
      this.workerText = this.add.text(400, 195, '', { fontSize: '20px', color: '#b0bec5' }).setOrigin(0.5);

      makeButton(this, 250, 350, 'WORK (+1)', 0x1565c0, () => {
        this.coins += 1;
      });
      this.hireButton = makeButton(this, 550, 350, `HIRE (${WORKER_COST})`, 0x2e7d32, () => {
        if (this.coins >= WORKER_COST) {
          this.coins -= WORKER_COST;
          this.workers += 1;
          spawnWorkerIcon(this);
        }
      });

      const g = this.add.graphics();
      g.fillStyle(0xffb74d, 1).fillCircle(10, 8, 7);
      g.fillStyle(0x42a5f5, 1).fillRect(3, 15, 14, 15);
      g.generateTexture('worker', 20, 30);
      g.destroy();
      this.workerIcons = this.add.group();
    },

    update(time, delta) {
      this.coins += this.workers * WORKER_RATE * delta;
      this.coinText.setText(`Coins: ${Math.floor(this.coins)}`);
      this.workerText.setText(`Workers: ${this.workers}  (+${this.workers * WORKER_RATE}/s)`);
      this.hireButton.setAlpha(this.coins >= WORKER_COST ? 1 : 0.5);
    }
  }
};

new Phaser.Game(config);
