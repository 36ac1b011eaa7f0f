// 实现血条+回血：显示 3 格生命值，按鼠标左键扣血，每 2 秒自动回复 1 点。
const MAX_HP = 3;
const REGEN_MS = 2000;
const CELL = { x: 250, y: 260, w: 90, h: 40, gap: 10 };

function drawBar(scene) {
  const g = scene.bar;
  g.clear();
  g.fillStyle(0x212121, 1).fillRoundedRect(CELL.x - 12, CELL.y - 12, MAX_HP * (CELL.w + CELL.gap) - CELL.gap + 24, CELL.h + 24, 10);
  for (let i = 0; i < MAX_HP; i++) {
    const x = CELL.x + i * (CELL.w + CELL.gap);
    g.fillStyle(i < scene.hp ? 0xe53935 : 0x4e342e, 1).fillRect(x, CELL.y, CELL.w, CELL.h);
    g.lineStyle(2, 0xffcdd2, 1).strokeRect(x, CELL.y, CELL.w, CELL.h);
  }
  scene.hpText.setText(`生命值 ${scene.hp} / ${MAX_HP}`);
}

function damage(scene) {
  if (scene.hp <= 0) return;
  scene.hp -= 1;
  scene.damageTaken += 1;
  drawBar(scene);
  scene.cameras.main.shake(80, 0.004);
}

function regen(scene) {
  if (scene.hp <= MAX_HP) {
    scene.hp += 1;
    scene.healed += 1;
    drawBar(scene);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3e2723',
  scene: {
    preload() {
      const g = this.make.graphics({ x: 0, y: 0, add: false });
      g.fillStyle(0xff5252, 1).fillCircle(10, 10, 10).fillCircle(26, 10, 10).fillTriangle(1, 14, 35, 14, 18, 34);
      g.generateTexture('heart-icon', 36, 36);
      g.destroy();
    },

    create() {
      this.hp = MAX_HP;
      this.damageTaken = 0;
      this.healed = 0;

      this.add.image(CELL.x - 40, CELL.y + CELL.h / 2, 'heart-icon');
      this.bar = this.add.graphics();
      this.hpText = this.add.text(400, 350, '', { fontFamily: 'Arial', fontSize: '26px', color: '#ffebee' }).setOrigin(0.5);
      this.regenText = this.add.text(400, 390, '', { fontFamily: 'Arial', fontSize: '16px', color: '#ffccbc' }).setOrigin(0.5);
      this.add.text(400, 200, '点击鼠标左键扣 1 点血，每 2 秒自动回复 1 点', { fontFamily: 'Arial', fontSize: '18px', color: '#d7ccc8' }).setOrigin(0.5);

      this.regenEvent = this.time.addEvent({
        delay: REGEN_MS,
        loop: true,
        callback: () => regen(this)
      });

      this.input.on('pointerdown', (pointer) => {
        if (pointer.leftButtonDown()) damage(this);
      });

      drawBar(this);
    },

    update() {
      if (this.hp >= MAX_HP) {
        this.regenText.setText('生命值已满');
      } else {
        const wait = Math.max(0, this.regenEvent.getRemainingSeconds());
        this.regenText.setText(`下次回复: ${wait.toFixed(1)}s   累计受伤 ${this.damageTaken} / 回复 ${this.healed}`);
      }
    }
  }
};

new Phaser.Game(config);
