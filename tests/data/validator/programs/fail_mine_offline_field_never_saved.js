// Task: Idle gold mine: the mine earns 1 gold per second plus 2 per hired miner (25 gold each), progress is saved to localStorage, and on return you get the gold earned while away (offline progress, up to 8 hours).
const SAVE_KEY = 'idleMineSave';
const MINER_COST = 25;
const MAX_OFFLINE_SECONDS = 8 * 60 * 60;

function rateFor(miners) {
  return 1 + miners * 2;
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3e2723',
  scene: {
    key: 'mine',
    create() {
      this.goldText = this.add.text(40, 30, '', { fontSize: '32px', color: '#ffd700' });
      this.minerText = this.add.text(40, 75, '', { fontSize: '20px', color: '#d7ccc8' });
      this.awayText = this.add.text(400, 520, '', { fontSize: '22px', color: '#a5d6a7' }).setOrigin(0.5);

      this.data.events.on('changedata', () => this.refreshHud());
      this.data.set({ gold: 0, miners: 0 });
      this.loadGame();

      const hire = this.add.rectangle(400, 300, 280, 80, 0x795548).setStrokeStyle(3, 0xffd700);
      this.add.text(400, 300, `Hire miner (${MINER_COST} gold)`, { fontSize: '22px', color: '#fff' }).setOrigin(0.5);
      hire.setInteractive({ useHandCursor: true }).on('pointerdown', () => {
        if (this.data.get('gold') >= MINER_COST) {
          this.data.inc('gold', -MINER_COST);
          this.data.inc('miners', 1);
          this.saveGame();
        }
      });

      this.time.addEvent({
        delay: 1000,
        loop: true,
        callback: () => this.data.inc('gold', rateFor(this.data.get('miners')))
      });
      this.time.addEvent({ delay: 5000, loop: true, callback: () => this.saveGame() });
      window.addEventListener('beforeunload', () => this.saveGame());
      this.refreshHud();
    },

    extend: {
      loadGame() {
        let data = null;
        try {
          data = JSON.parse(localStorage.getItem(SAVE_KEY));
        } catch (e) {
          data = null;
        }
        if (!data) return;
        this.data.set({ gold: data.gold, miners: data.miners });

        const away = Math.min((Date.now() - data.savedAt) / 1000, MAX_OFFLINE_SECONDS);
        const earned = Math.floor(away * rateFor(data.miners));
        if (earned > 0) {
          this.data.inc('gold', earned);
          this.awayText.setText(`Welcome back! Your mine earned ${earned} gold while you were away.`);
          this.tweens.add({ targets: this.awayText, alpha: 0, delay: 4000, duration: 1000 });
        }
      },

      saveGame() {
        const save = { gold: this.data.get('gold'), miners: this.data.get('miners'), time: Date.now() };
        try {
          localStorage.setItem(SAVE_KEY, JSON.stringify(save));
        } catch (e) {
          // ignore storage errors
        }
      },

      refreshHud() {
        if (!this.goldText) return;
        const miners = this.data.get('miners');
        this.goldText.setText(`Gold: ${this.data.get('gold')}`);
        this.minerText.setText(`Miners: ${miners}   (+${rateFor(miners)} gold/s)`);
      }
    }
  }
});
