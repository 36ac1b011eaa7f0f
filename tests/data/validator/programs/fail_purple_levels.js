// 实现一个带关卡的紫色收集玩法：共 10 关，每关收集完物品后进入下一关，显示 level 与 score。
const MAX_LEVEL = 10;
const GEM_POINTS = 10;
const START = { x: 70, y: 300 };

class CollectScene extends Phaser.Scene {
  constructor() {
    super('CollectScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xf3e5f5, 1).fillRect(0, 0, 26, 26);
    g.fillStyle(0x4a148c, 1).fillRect(7, 7, 12, 12);
    g.generateTexture('picker', 26, 26);
    g.clear();
    g.fillStyle(0xab47bc, 1).fillTriangle(10, 0, 20, 10, 10, 20).fillTriangle(10, 0, 0, 10, 10, 20);
    g.fillStyle(0xe1bee7, 1).fillCircle(10, 8, 3);
    g.generateTexture('gem', 20, 20);
    g.clear();
    g.fillStyle(0x546e7a, 1).fillRect(0, 0, 10, 10);
    g.generateTexture('block', 10, 10);
    g.destroy();
  }

  create() {
    this.level = 1;
    this.score = 0;
    this.finished = false;

    this.walls = this.physics.add.staticGroup();
    this.gems = this.physics.add.group();
    this.player = this.physics.add.sprite(START.x, START.y, 'picker').setCollideWorldBounds(true);

    this.physics.add.collider(this.player, this.walls);
    this.physics.add.overlap(this.player, this.gems, this.collectGem, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(16, 12, '', { fontSize: '20px', color: '#f3e5f5' }).setDepth(5);
    this.banner = this.add.text(400, 300, '', { fontSize: '42px', color: '#ce93d8' }).setOrigin(0.5).setDepth(5);

    this.buildLevel();
  }

  buildLevel() {
    this.walls.clear();
    this.gems.clear();
    this.player.setPosition(START.x, START.y);
    this.player.setVelocity(0, 0);

    const rnd = new Phaser.Math.RandomDataGenerator(['purple-level-' + this.level]);
    const rects = [];
    const wallCount = 3 + (this.level % 4);
    const startZone = new Phaser.Geom.Rectangle(START.x - 50, START.y - 50, 100, 100);
    let wallTries = 0;
    while (rects.length < wallCount && wallTries < 200) {
      wallTries += 1;
      const horizontal = rnd.frac() < 0.5;
      const w = horizontal ? rnd.between(120, 240) : 20;
      const h = horizontal ? 20 : rnd.between(110, 200);
      const area = new Phaser.Geom.Rectangle(rnd.between(180, 720) - w / 2, rnd.between(110, 530) - h / 2, w, h);
      if (Phaser.Geom.Rectangle.Overlaps(area, startZone)) continue;
      const block = this.walls.create(area.centerX, area.centerY, 'block').setDisplaySize(w, h).refreshBody();
      rects.push(block.getBounds());
    }

    const gemCount = Math.min(3 + this.level, 9);
    let placed = 0;
    let tries = 0;
    while (placed < gemCount && tries < 500) {
      tries += 1;
      const x = rnd.between(140, 770);
      const y = rnd.between(70, 570);
      const spot = new Phaser.Geom.Rectangle(x - 22, y - 22, 44, 44);
      if (rects.some((r) => Phaser.Geom.Rectangle.Overlaps(r, spot))) continue;
      this.gems.create(x, y, 'gem');
      placed += 1;
    }

    this.banner.setText('Level ' + this.level).setAlpha(1);
    this.tweens.add({ targets: this.banner, alpha: 0, delay: 500, duration: 500 });
  }

  collectGem(player, gem) {
    gem.disableBody(true, true);
    this.score += GEM_POINTS;
    if (this.gems.countActive(true) > 0) return;
    if (this.level >= MAX_LEVEL) {
      this.finished = true;
      this.player.setVelocity(0, 0);
      this.banner.setText('全部 10 关完成!\nscore ' + this.score).setAlpha(1);
      return;
    }
    this.level += 1;
    this.time.delayedCall(300, () => this.buildLevel());
  }

  update() {
    if (!this.finished) {
      const vx = (this.cursors.right.isDown ? 1 : 0) - (this.cursors.left.isDown ? 1 : 0);
      const vy = (this.cursors.down.isDown ? 1 : 0) - (this.cursors.up.isDown ? 1 : 0);
      this.player.setVelocity(vx * 210, vy * 210);
    } else {
      this.player.setVelocity(0, 0);
    }

    const left = this.gems.countActive(true);
    this.hud.setText('Level: ' + this.level + ' / ' + MAX_LEVEL + '    Score: ' + this.score + '    剩余: ' + left);
    window.__signals__ = {
      level: this.level,
      score: this.score,
      gemsLeft: left,
      walls: this.walls.getLength(),
      finished: this.finished
    };
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1026',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: CollectScene
};

new Phaser.Game(config);
