// 实现确定性生成：基于固定 seed 生成 10 个橙色障碍物布局，相同 seed 下布局一致，显示当前 seed。
const OBSTACLE_COUNT = 10;
const DEFAULT_SEED = 20240611;

class LayoutScene extends Phaser.Scene {
  constructor() {
    super('LayoutScene');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff8c1a, 1);
    g.fillRoundedRect(0, 0, 64, 32, 6);
    g.lineStyle(2, 0xffc27a, 1);
    g.strokeRoundedRect(1, 1, 62, 30, 6);
    g.generateTexture('obstacle', 64, 32);
    g.clear();
    g.fillStyle(0x4fc3f7, 1);
    g.fillCircle(10, 10, 10);
    g.generateTexture('ball', 20, 20);
    g.clear();
    g.fillStyle(0xffffff, 1);
    g.fillRect(0, 0, 3, 3);
    g.generateTexture('star', 3, 3);
    g.destroy();
  }

  create() {
    const params = new URLSearchParams(window.location.search);
    const fromUrl = parseInt(params.get('seed'), 10);
    this.seed = Number.isFinite(fromUrl) ? fromUrl : DEFAULT_SEED;

    this.add.rectangle(400, 300, 800, 600, 0x1b1f2a);
    this.stars = [];
    for (let i = 0; i < 60; i++) {
      this.stars.push(this.add.image((i * 137) % 800, (i * 251) % 600, 'star').setAlpha(0.5));
    }
    this.obstacles = this.physics.add.staticGroup();

    this.ball = this.physics.add.image(400, 40, 'ball');
    this.ball.setCollideWorldBounds(true).setBounce(1, 1).setVelocity(150, 190);
    this.physics.add.collider(this.ball, this.obstacles);

    this.seedText = this.add.text(16, 12, '', { fontFamily: 'monospace', fontSize: '20px', color: '#ffd7a8' });
    this.infoText = this.add.text(16, 40, '', { fontFamily: 'monospace', fontSize: '14px', color: '#c8cbd6' });
    this.add.text(16, 572, 'N: next seed   P: previous seed   R: rebuild with the same seed', {
      fontFamily: 'monospace', fontSize: '14px', color: '#8a90a2'
    });

    this.input.keyboard.on('keydown-N', () => this.build(this.seed + 1));
    this.input.keyboard.on('keydown-P', () => this.build(this.seed - 1));
    this.input.keyboard.on('keydown-R', () => this.build(this.seed));

    this.builds = 0;
    this.build(this.seed);
  }

  build(seed) {
    this.seed = seed;
    this.seedText.setText('Seed: ' + this.seed);
    const old = this.obstacles.getChildren();
    if (old.length > 0) {
      this.tweens.add({ targets: old, alpha: 0, duration: 200 });
    }
    this.time.delayedCall(250, this.placeObstacles, [], this);
  }

  placeObstacles() {
    Phaser.Math.RND.sow([this.seed]);
    this.obstacles.clear(true, true);

    const layout = [];
    let guard = 0;
    while (layout.length < OBSTACLE_COUNT && guard < 500) {
      guard++;
      const x = Phaser.Math.RND.between(80, 720);
      const y = Phaser.Math.RND.between(110, 540);
      const scale = Phaser.Math.RND.pick([1, 1.5, 2]);
      const clash = layout.some((o) => Math.abs(o.x - x) < 140 && Math.abs(o.y - y) < 56);
      if (clash) continue;
      layout.push({ x, y, scale });
    }

    layout.forEach((o) => {
      const block = this.obstacles.create(o.x, o.y, 'obstacle');
      block.setScale(o.scale, 1);
      block.refreshBody();
    });

    this.builds++;
    this.layout = layout;
    const signature = layout.map((o) => o.x + ':' + o.y + ':' + o.scale).join('|');
    this.seedText.setText('Seed: ' + this.seed);
    this.infoText.setText('Obstacles: ' + layout.length + '   layout id: ' + this.hash(signature));
    window.__signals__ = {
      seed: this.seed,
      obstacles: layout.length,
      layout: layout.map((o) => [o.x, o.y, o.scale]),
      layoutId: this.hash(signature),
      builds: this.builds
    };
  }

  update() {
    const star = Phaser.Math.RND.pick(this.stars);
    star.setAlpha(Phaser.Math.RND.realInRange(0.15, 1));
  }

  hash(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++) {
      h = (h * 31 + text.charCodeAt(i)) >>> 0;
    }
    return h.toString(16);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101218',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 }, debug: false } },
  scene: [LayoutScene]
};

new Phaser.Game(config);
