// Honey farm: you start with 1 hive and 0 honey, every hive makes 2 honey per second, and "Build hive" costs 10 honey plus 5 for every hive you own. Honey, hives and the save time are written to localStorage every 2 seconds; when the game loads it adds offline honey = 2 x hives x whole seconds since that save (at most 3600 seconds) and shows "Welcome back! +X honey (Y s away)".
const SAVE_KEY = 'honeyFarmSave';

class HoneyScene extends Phaser.Scene {
  constructor() {
    super('Honey');
  }

  create() {
    this.honey = 0;
    this.hives = 1;
    const offline = this.loadGame();

    const g = this.add.graphics();
    g.fillStyle(0xf1c40f, 1);
    g.fillPoints([
      { x: 30, y: 0 }, { x: 60, y: 17 }, { x: 60, y: 52 },
      { x: 30, y: 69 }, { x: 0, y: 52 }, { x: 0, y: 17 }
    ], true);
    g.lineStyle(4, 0x7e5109, 1);
    g.strokeRect(22, 30, 16, 14);
    g.generateTexture('hive', 60, 70);
    g.destroy();

    this.add.text(400, 36, 'HONEY FARM', { fontSize: '34px', color: '#f9e79f', fontStyle: 'bold' }).setOrigin(0.5);
    this.honeyText = this.add.text(40, 80, '', { fontSize: '28px', color: '#ffffff' });
    this.hiveText = this.add.text(40, 120, '', { fontSize: '20px', color: '#fdebd0' });
    this.hiveRow = this.add.group();

    const button = this.add.rectangle(620, 110, 260, 60, 0x935116).setStrokeStyle(3, 0xf9e79f);
    this.buttonText = this.add.text(620, 110, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    button.setInteractive({ useHandCursor: true });
    button.on('pointerdown', () => this.buildHive());

    this.time.addEvent({ delay: 250, loop: true, callback: this.produce, callbackScope: this });
    this.time.addEvent({ delay: 2000, loop: true, callback: this.saveGame, callbackScope: this });

    this.refresh();
    if (offline) {
      this.showWelcome(offline.gain, offline.seconds);
    }
  }

  loadGame() {
    let data = null;
    try {
      data = JSON.parse(localStorage.getItem(SAVE_KEY));
    } catch (err) {
      data = null;
    }
    if (!data) return null;
    this.honey = Number(data.honey) || 0;
    this.hives = Math.max(1, Math.floor(Number(data.hives) || 1));
    const savedAt = Number(data.savedAt) || Date.now();
    const seconds = Math.min(3600, Math.max(0, Math.floor((Date.now() - savedAt) / 1000)));
    const gain = 2 * this.hives * seconds;
    this.honey += gain;
    return { gain, seconds };
  }

  saveGame() {
    const data = { honey: this.honey, hives: this.hives, savedAt: Date.now() };
    localStorage.setItem(SAVE_KEY, JSON.stringify(data));
  }

  produce() {
    this.honey += 2 * this.hives * 0.25;
    this.refresh();
  }

  hiveCost() {
    return 10 + 5 * this.hives;
  }

  buildHive() {
    const cost = this.hiveCost();
    if (this.honey < cost) return;
    this.honey -= cost;
    this.hives += 1;
    this.saveGame();
    this.refresh();
  }

  refresh() {
    this.honeyText.setText('Honey: ' + Math.floor(this.honey));
    this.hiveText.setText('Hives: ' + this.hives + '   (' + 2 * this.hives + ' honey/s)');
    this.buttonText.setText('Build hive (' + this.hiveCost() + ')');
    const shown = Math.min(this.hives, 40);
    while (this.hiveRow.getLength() < shown) {
      const i = this.hiveRow.getLength();
      this.hiveRow.add(this.add.image(70 + (i % 10) * 72, 240 + Math.floor(i / 10) * 85, 'hive'));
    }
  }

  showWelcome(gain, seconds) {
    const panel = this.add.container(400, 300);
    const bg = this.add.rectangle(0, 0, 520, 140, 0x000000, 0.8).setStrokeStyle(3, 0xf1c40f);
    const msg = this.add.text(0, 0, 'Welcome back! +' + gain + ' honey (' + seconds + ' s away)', {
      fontSize: '22px', color: '#f9e79f', align: 'center', wordWrap: { width: 480 }
    }).setOrigin(0.5);
    panel.add([bg, msg]);
    this.tweens.add({ targets: panel, alpha: 0, delay: 4000, duration: 800, onComplete: () => panel.destroy() });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#4a3410',
  scene: [HoneyScene]
};

new Phaser.Game(config);
