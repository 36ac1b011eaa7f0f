// 实现青色连击计数：1 秒内连续点击增加 combo，超时 combo 重置为 0，显示当前 combo，连击 12 次触发特效。
const COMBO_WINDOW = 1000;
const COMBO_GOAL = 12;

class ComboScene extends Phaser.Scene {
  constructor() {
    super('ComboScene');
    this.combo = 0;
    this.bestCombo = 0;
    this.effectsTriggered = 0;
    this.comboTimer = null;
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x00ffff, 1);
    g.fillCircle(6, 6, 6);
    g.generateTexture('spark', 12, 12);
    g.destroy();
  }

  create() {
    this.comboText = this.add.text(400, 250, 'Combo: 0', {
      fontSize: '64px', color: '#00ffff', fontStyle: 'bold'
    }).setOrigin(0.5);
    this.bestText = this.add.text(400, 330, 'Best: 0', { fontSize: '24px', color: '#88ffff' }).setOrigin(0.5);
    this.add.text(400, 560, `Click fast! Keep clicking within 1s — reach ${COMBO_GOAL} for a bonus`, {
      fontSize: '18px', color: '#aaaaaa'
    }).setOrigin(0.5);

    this.windowBar = this.add.graphics();

    this.emitter = this.add.particles(400, 250, 'spark', {
      speed: { min: 150, max: 420 },
      lifespan: 900,
      scale: { start: 1.4, end: 0 },
      blendMode: 'ADD',
      emitting: false
    });

    this.input.on('pointerdown', this.registerHit, this);
  }

  registerHit() {
    this.combo += 1;
    this.comboText.setText(`Combo: ${this.combo}`);
    this.tweens.add({ targets: this.comboText, scale: { from: 1.25, to: 1 }, duration: 120 });

    if (this.comboTimer) {
      this.comboTimer.remove(false);
    }
    this.comboTimer = this.time.delayedCall(COMBO_WINDOW, this.resetCombo, [], this);

    if (this.combo > this.bestCombo) {
      this.bestCombo = this.combo;
      this.bestText.setText(`Best: ${this.bestCombo}`);
    }
    if (this.combo % COMBO_GOAL === 0) {
      this.triggerEffect();
    }
  }

  resetCombo() {
    this.combo = 0;
    this.comboTimer = null;
    this.comboText.setText('Combo: 0');
  }

  triggerEffect() {
    this.effectsTriggered += 1;
    this.emitter.explode(40);
    this.cameras.main.flash(300, 0, 255, 255);
    const banner = this.add.text(400, 160, `${COMBO_GOAL} COMBO!`, { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.tweens.add({ targets: banner, y: 110, alpha: 0, duration: 1200, onComplete: () => banner.destroy() });
  }

  update() {
    this.windowBar.clear();
    if (this.comboTimer) {
      const remaining = 1 - this.comboTimer.getProgress();
      this.windowBar.fillStyle(0x00ffff, 0.8);
      this.windowBar.fillRect(200, 300, 400 * remaining, 8);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b1a24',
  scene: ComboScene
});
