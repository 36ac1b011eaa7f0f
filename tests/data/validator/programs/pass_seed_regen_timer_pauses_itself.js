// 任务：实现血条+回血：显示 10 格生命值，按鼠标左键扣血，每 0.5 秒自动回复 1 点。
const MAX_HP = 10;
const SEG_W = 40;
const SEG_H = 28;
const SEG_GAP = 6;

class HealthScene extends Phaser.Scene {
  constructor() {
    super({ key: 'HealthScene' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff, 1);
    g.fillCircle(8, 8, 8);
    g.generateTexture('hitSpark', 16, 16);
    g.destroy();
  }

  create() {
    this.data.set('hp', MAX_HP);

    this.add.text(400, 150, '点击鼠标左键扣血', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.hpText = this.add.text(400, 360, '', { fontSize: '24px', color: '#ffdddd' }).setOrigin(0.5);

    this.bar = this.add.graphics();
    this.barX = 400 - (MAX_HP * SEG_W + (MAX_HP - 1) * SEG_GAP) / 2;
    this.barY = 280;

    this.sparks = this.add.particles(0, 0, 'hitSpark', {
      speed: { min: 60, max: 160 },
      scale: { start: 0.6, end: 0 },
      lifespan: 400,
      tint: 0xff5555,
      emitting: false
    });

    this.data.events.on('changedata-hp', this.drawBar, this);
    this.drawBar();

    this.input.on('pointerdown', (pointer) => {
      if (pointer.leftButtonDown()) {
        this.takeHit(pointer);
      }
    });

    this.regenTimer = this.time.addEvent({
      delay: 500,
      loop: true,
      callback: this.regen,
      callbackScope: this
    });
  }

  takeHit(pointer) {
    const hp = this.data.get('hp');
    if (hp <= 0) {
      return;
    }
    this.data.set('hp', hp - 1);
    this.regenTimer.paused = false;
    this.sparks.explode(12, pointer.x, pointer.y);
  }

  regen() {
    const hp = this.data.get('hp');
    if (hp >= MAX_HP) {
      this.regenTimer.paused = true;
      return;
    }
    this.data.set('hp', Math.min(MAX_HP, hp + 1));
  }

  drawBar() {
    const hp = this.data.get('hp');
    this.bar.clear();
    this.bar.fillStyle(0x222222, 1);
    this.bar.fillRect(this.barX - 6, this.barY - 6, MAX_HP * (SEG_W + SEG_GAP) + 6, SEG_H + 12);
    for (let i = 0; i < MAX_HP; i++) {
      this.bar.fillStyle(i < hp ? 0xe53935 : 0x4a4a4a, 1);
      this.bar.fillRect(this.barX + i * (SEG_W + SEG_GAP), this.barY, SEG_W, SEG_H);
    }
    this.hpText.setText(`HP: ${hp} / ${MAX_HP}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#141821',
  scene: HealthScene
});
