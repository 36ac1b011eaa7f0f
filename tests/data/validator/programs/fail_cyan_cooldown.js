// 实现青色技能冷却：按鼠标左键释放技能，冷却 3 秒内不可再次使用，显示冷却进度。
const COOLDOWN_MS = 3000;
const RING_RADIUS = 34;

const skillScene = {
  key: 'skill',

  preload: function () {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x00bcd4, 1).fillCircle(6, 6, 6).generateTexture('spark', 12, 12).destroy();
  },

  create: function () {
    this.casts = 0;
    this.refused = 0;
    this.cooldown = null;

    this.add.circle(400, 300, 26, 0x00bcd4);
    this.add.text(400, 60, '鼠标左键：在点击处释放青色冲击波（冷却 3 秒）', { fontSize: '20px', color: '#b2ebf2' }).setOrigin(0.5);
    this.statusText = this.add.text(400, 520, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.countText = this.add.text(16, 16, '', { fontSize: '16px', color: '#80deea' });

    this.ui = this.add.graphics();
    this.waves = this.add.graphics();
    this.activeWaves = [];

    this.input.on('pointerdown', (pointer) => {
      if (!pointer.leftButtonDown()) return;
      this.tryCast(pointer.worldX, pointer.worldY);
    });
  },

  update: function (time, delta) {
    const remaining = this.cooldown ? this.cooldown.getRemaining() : 0;
    const progress = Phaser.Math.Clamp(COOLDOWN_MS - remaining / COOLDOWN_MS, 0, 1);
    const cooling = this.cooldown !== null;

    this.ui.clear();
    this.ui.fillStyle(0x102a30, 1).fillRect(250, 548, 300, 16);
    this.ui.fillStyle(cooling ? 0x00838f : 0x18ffff, 1).fillRect(250, 548, 300 * progress, 16);
    this.ui.lineStyle(2, 0x80deea, 1).strokeRect(250, 548, 300, 16);
    this.ui.lineStyle(6, cooling ? 0x00838f : 0x18ffff, 1);
    this.ui.beginPath();
    this.ui.arc(400, 300, RING_RADIUS, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * progress, false);
    this.ui.strokePath();

    this.waves.clear();
    this.activeWaves = this.activeWaves.filter((w) => {
      w.age += delta;
      const t = w.age / 600;
      if (t >= 1) return false;
      this.waves.lineStyle(4, 0x18ffff, 1 - t).strokeCircle(w.x, w.y, 20 + 110 * t);
      return true;
    });

    this.statusText.setText(cooling ? '冷却中…' : '技能就绪');
    this.countText.setText('释放: ' + this.casts + '   冷却中点击被拒: ' + this.refused);
    window.__signals__ = {
      casts: this.casts,
      refused: this.refused,
      cooling: cooling,
      cooldownProgress: Number(progress.toFixed(3)),
      remainingMs: Math.round(remaining)
    };
  },

  extend: {
    tryCast: function (x, y) {
      if (this.cooldown) {
        this.refused += 1;
        this.cameras.main.shake(60, 0.003);
        return;
      }
      this.casts += 1;
      this.activeWaves.push({ x: x, y: y, age: 0 });
      this.cooldown = this.time.addEvent({
        delay: COOLDOWN_MS,
        callback: () => {
          this.cooldown = null;
        }
      });
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#071a1e',
  scene: skillScene
};

new Phaser.Game(config);
