// 存档系统：按方向键保存当前玩家位置和分数，按另一键读取存档恢复状态。
const SAVE_KEY = 'r68e_save_slot_v1';
const PLAYER_SPEED = 200;
const COIN_POINTS = 10;

class SaveScene extends Phaser.Scene {
  constructor() {
    super('SaveScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66bb6a, 1).fillCircle(16, 16, 16);
    g.fillStyle(0x1b5e20, 1).fillCircle(16, 16, 6);
    g.generateTexture('hero', 32, 32);
    g.clear();
    g.fillStyle(0xffd54f, 1).fillCircle(10, 10, 10);
    g.fillStyle(0xffa000, 1).fillCircle(10, 10, 5);
    g.generateTexture('coin', 20, 20);
    g.destroy();
  }

  create() {
    this.score = 0;
    this.saves = 0;
    this.loads = 0;
    this.coinSpots = [];
    const rnd = new Phaser.Math.RandomDataGenerator(['save-285']);
    for (let i = 0; i < 30; i++) this.coinSpots.push({ x: rnd.between(60, 740), y: rnd.between(110, 540) });
    this.coinIndex = 0;

    this.hero = this.add.image(400, 320, 'hero');
    this.coin = this.add.image(this.coinSpots[0].x, this.coinSpots[0].y, 'coin');
    this.tweens.add({ targets: this.coin, scale: 1.2, duration: 400, yoyo: true, repeat: -1 });

    const K = Phaser.Input.Keyboard.KeyCodes;
    this.move = this.input.keyboard.addKeys({ up: K.W, left: K.A, down: K.S, right: K.D });
    ['UP', 'DOWN', 'LEFT', 'RIGHT'].forEach((name) => {
      this.input.keyboard.on('keydown-' + name, () => this.saveGame());
    });
    this.input.keyboard.on('keydown-L', () => this.loadGame());

    this.scoreText = this.add.text(16, 14, '', { fontSize: '20px', color: '#ffffff' });
    this.slotText = this.add.text(16, 44, '', { fontSize: '16px', color: '#a5d6a7' });
    this.toast = this.add.text(400, 80, '', { fontSize: '20px', color: '#fff59d' }).setOrigin(0.5);
    this.add.text(16, 570, 'WASD 移动  方向键 = 保存  L = 读取存档', { fontSize: '15px', color: '#90a4ae' });
    this.refreshSlotText();
  }

  readSlot() {
    try {
      const raw = localStorage.getItem(SAVE_KEY);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  saveGame() {
    const data = { x: Math.round(this.hero.x), y: Math.round(this.hero.y), score: this.score, coinIndex: this.coinIndex };
    localStorage.setItem(SAVE_KEY, JSON.stringify(data));
    this.saves += 1;
    this.showToast('已保存');
    this.refreshSlotText();
  }

  loadGame() {
    const data = this.readSlot();
    if (!data) {
      this.showToast('没有存档');
      return;
    }
    this.hero.setPosition(Number(data.x), Number(data.y));
    this.score = Number(data.score) || 0;
    this.coinIndex = Number(data.coinIndex) || 0;
    const spot = this.coinSpots[this.coinIndex % this.coinSpots.length];
    this.coin.setPosition(spot.x, spot.y);
    this.loads += 1;
    this.showToast('已读取存档');
  }

  showToast(msg) {
    this.toast.setText(msg).setAlpha(1);
    this.tweens.killTweensOf(this.toast);
    this.tweens.add({ targets: this.toast, alpha: 0, delay: 700, duration: 400 });
  }

  refreshSlotText() {
    const data = this.readSlot();
    this.slot = data;
    this.slotText.setText(data
      ? '存档: 位置 (' + data.x + ', ' + data.y + ')  分数 ' + data.score
      : '存档: 空');
  }

  update(time, delta) {
    const dt = delta / 1000;
    const vx = (this.move.right.isDown ? 1 : 0) - (this.move.left.isDown ? 1 : 0);
    const vy = (this.move.down.isDown ? 1 : 0) - (this.move.up.isDown ? 1 : 0);
    const len = Math.hypot(vx, vy) || 1;
    this.hero.x = Phaser.Math.Clamp(this.hero.x + (vx / len) * PLAYER_SPEED * dt, 16, 784);
    this.hero.y = Phaser.Math.Clamp(this.hero.y + (vy / len) * PLAYER_SPEED * dt, 76, 556);

    if (Phaser.Math.Distance.Between(this.hero.x, this.hero.y, this.coin.x, this.coin.y) < 26) {
      this.score += COIN_POINTS;
      this.coinIndex += 1;
      const spot = this.coinSpots[this.coinIndex % this.coinSpots.length];
      this.coin.setPosition(spot.x, spot.y);
    }

    this.scoreText.setText('分数: ' + this.score + '   位置: (' + Math.round(this.hero.x) + ', ' + Math.round(this.hero.y) + ')');
    window.__signals__ = {
      score: this.score,
      x: Math.round(this.hero.x),
      y: Math.round(this.hero.y),
      saves: this.saves,
      loads: this.loads,
      slot: this.slot
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2a24',
  scene: SaveScene
};

new Phaser.Game(config);
