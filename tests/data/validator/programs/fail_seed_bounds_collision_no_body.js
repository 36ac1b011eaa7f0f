// 任务：3 个橙色物体以 160 速度随机移动，碰撞时反弹。
const SPEED = 160;
const BOX_SIZE = 56;

class BounceScene extends Phaser.Scene {
  constructor() {
    super('BounceScene');
  }

  preload() {
    // Orange block texture made with Graphics (no external assets)
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff8c1a, 1);
    g.fillRoundedRect(0, 0, BOX_SIZE, BOX_SIZE, 12);
    g.lineStyle(4, 0xffc073, 1);
    g.strokeRoundedRect(2, 2, BOX_SIZE - 4, BOX_SIZE - 4, 10);
    g.generateTexture('orangeBox', BOX_SIZE, BOX_SIZE);
    g.destroy();
  }

  create() {
    const { width, height } = this.scale;
    this.collisions = 0;

    this.physics.world.setBounds(0, 0, width, height);
    this.physics.world.setBoundsCollision(true, true, true, true);

    this.boxes = this.physics.add.group({
      bounceX: 1,
      bounceY: 1
    });

    const starts = [[200, 180], [600, 200], [400, 420]];
    starts.forEach(([x, y]) => {
      const box = this.boxes.create(x, y, 'orangeBox');
      const angle = Phaser.Math.FloatBetween(0, Math.PI * 2);
      this.physics.velocityFromRotation(angle, SPEED, box.body.velocity);
    });

    // Boxes bounce off each other
    this.physics.add.collider(this.boxes, this.boxes, this.onBump, null, this);

    this.info = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.add.text(width - 16, 16, '3 个橙色物体 · 速度 160', { fontSize: '18px', color: '#ffd2a6' }).setOrigin(1, 0);
  }

  onBump(a, b) {
    this.collisions += 1;
    [a, b].forEach((box) => {
      box.setTint(0xffe0b3);
      this.time.delayedCall(120, () => box.clearTint());
    });
  }

  update() {
    // Arcade collisions trade velocity between bodies: keep every box at 160
    this.boxes.children.iterate((box) => {
      const v = box.body.velocity;
      if (v.lengthSq() < 1) {
        this.physics.velocityFromRotation(Phaser.Math.FloatBetween(0, Math.PI * 2), SPEED, v);
      } else {
        v.setLength(SPEED);
      }
    });
    this.info.setText(`碰撞次数: ${this.collisions}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2030',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: [BounceScene]
});
