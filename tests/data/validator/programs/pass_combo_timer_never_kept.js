// 实现青色连击计数：1 秒内连续点击增加 combo，超时 combo 重置为 0，显示当前 combo，连击 12 次触发特效。
const COMBO_WINDOW = 1000;
const COMBO_GOAL = 12;

const ComboScene = {
  key: 'ComboScene',

  preload: function () {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x00ffff, 1);
    g.fillCircle(6, 6, 6);
    g.generateTexture('spark', 12, 12);
    g.destroy();
  },

  create: function () {
    this.combo = 0;
    this.bestCombo = 0;
    this.effectCount = 0;
    this.comboTimer = null;

    this.comboText = this.add.text(400, 260, 'COMBO 0', {
      fontSize: '64px', color: '#00ffff', fontStyle: 'bold'
    }).setOrigin(0.5);
    this.infoText = this.add.text(400, 360, '1 秒内连续点击屏幕累积连击', {
      fontSize: '20px', color: '#ffffff'
    }).setOrigin(0.5);

    this.emitter = this.add.particles(0, 0, 'spark', {
      speed: { min: 150, max: 400 },
      lifespan: 900,
      scale: { start: 1.5, end: 0 },
      emitting: false
    });

    this.input.on('pointerdown', this.registerHit, this);
  },

  extend: {
    registerHit: function () {
      this.combo += 1;
      this.bestCombo = Math.max(this.bestCombo, this.combo);
      this.comboText.setText('COMBO ' + this.combo);
      this.tweens.add({ targets: this.comboText, scale: { from: 1.3, to: 1 }, duration: 150 });

      // 重新计时：1 秒内没有下一次点击则重置
      if (this.comboTimer) {
        this.comboTimer.remove(false);
      }
      this.comboTimer = this.time.delayedCall(COMBO_WINDOW, this.resetCombo, [], this);

      if (this.combo === COMBO_GOAL) {
        this.triggerEffect();
      }
    },

    resetCombo: function () {
      this.combo = 0;
      this.comboText.setText('COMBO 0');
    },

    triggerEffect: function () {
      this.effectCount += 1;
      this.emitter.explode(60, 400, 260);
      this.cameras.main.flash(300, 0, 255, 255);
      this.infoText.setText(COMBO_GOAL + ' 连击达成！');
    }
  }
};

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#111827',
  scene: ComboScene
});
