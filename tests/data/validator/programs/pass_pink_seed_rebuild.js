// 实现确定性生成：基于固定 seed 生成 3 个粉色障碍物布局，相同 seed 下布局一致，显示当前 seed。
const LAYOUT_SEED = 'pink-7';
const PINK = 0xff6fb5;

const SeedScene = {
  key: 'SeedScene',

  preload: function () {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff, 1).fillCircle(8, 8, 8);
    g.generateTexture('marble', 16, 16);
    g.destroy();
  },

  create: function () {
    this.obstacles = this.physics.add.staticGroup();
    this.builds = 0;
    this.seedIndex = 1;
    this.seedLabel = this.add.text(400, 24, '', { fontSize: '22px', color: '#ffd1ea' }).setOrigin(0.5, 0);
    this.layoutLabel = this.add.text(400, 54, '', { fontSize: '14px', color: '#d9c7d2' }).setOrigin(0.5, 0);
    this.add.text(400, 576, 'R: rebuild (same seed)    S: next seed', { fontSize: '14px', color: '#a08898' }).setOrigin(0.5);

    this.marble = this.physics.add.image(400, 110, 'marble').setTint(0x9be7ff);
    this.marble.setCollideWorldBounds(true).setBounce(0.9).setVelocity(120, 0);
    this.physics.add.collider(this.marble, this.obstacles);

    this.input.keyboard.on('keydown-R', () => this.build());
    this.input.keyboard.on('keydown-S', () => this.setSeed(this.seedIndex + 1));

    this.setSeed(1);
  },

  extend: {
    currentSeed: function () {
      return LAYOUT_SEED + '#' + this.seedIndex;
    },

    setSeed: function (index) {
      this.seedIndex = index;
      this.build();
    },

    build: function () {
      Phaser.Math.RND.sow([this.currentSeed()]);
      this.obstacles.clear(true, true);

      const layout = [];
      for (let i = 0; i < 3; i++) {
        const w = Phaser.Math.RND.between(90, 200);
        const h = Phaser.Math.RND.between(24, 60);
        const x = 140 + i * 260 + Phaser.Math.RND.between(-50, 50);
        const y = Phaser.Math.RND.between(220, 500);
        layout.push({ x, y, w, h });
        const rect = this.add.rectangle(x, y, w, h, PINK).setStrokeStyle(2, 0xffffff, 0.6);
        this.obstacles.add(rect);
      }

      this.marble.setPosition(400, 110).setVelocity(120, 0);
      this.builds += 1;
      this.layout = layout;
      this.seedLabel.setText('Seed: ' + this.currentSeed());
      this.layoutLabel.setText(layout.map((o) => '(' + o.x + ',' + o.y + ' ' + o.w + 'x' + o.h + ')').join('  '));
      window.__signals__ = {
        seed: this.currentSeed(),
        builds: this.builds,
        layout: layout.map((o) => [o.x, o.y, o.w, o.h])
      };
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#24161f',
  physics: { default: 'arcade', arcade: { gravity: { y: 300 } } },
  scene: SeedScene
};

new Phaser.Game(config);
