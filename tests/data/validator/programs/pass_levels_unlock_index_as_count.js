// Level select with 5 levels where only level 1 starts unlocked; reaching the flag in a level unlocks the next one (saved in localStorage) and locked levels cannot be started.
const LEVELS = [{ goalX: 420 }, { goalX: 520 }, { goalX: 600 }, { goalX: 680 }, { goalX: 740 }];

class LevelSelect extends Phaser.Scene {
  constructor() { super('LevelSelect'); }

  create() {
    const unlocked = this.registry.get('unlocked');
    this.add.text(400, 90, 'SELECT LEVEL', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    this.buttons = LEVELS.map((level, i) => {
      const open = i < unlocked;
      const x = 160 + i * 120;
      const box = this.add.rectangle(x, 300, 96, 96, open ? 0x2a9d8f : 0x495057).setStrokeStyle(3, 0xffffff);
      this.add.text(x, 300, open ? String(i + 1) : 'LOCK', { fontSize: open ? '40px' : '20px', color: '#ffffff' })
        .setOrigin(0.5);
      if (open) {
        box.setInteractive({ useHandCursor: true });
        box.on('pointerdown', () => this.scene.start('Level', { index: i }));
      }
      return box;
    });
    this.add.text(400, 470, `${unlocked} / ${LEVELS.length} unlocked`, { fontSize: '22px', color: '#adb5bd' })
      .setOrigin(0.5);
  }
}

class Level extends Phaser.Scene {
  constructor() { super('Level'); }

  init(data) {
    this.index = data.index;
    this.done = false;
  }

  create() {
    const level = LEVELS[this.index];
    this.add.text(20, 20, `Level ${this.index + 1}  -  arrows to move, reach the flag`, { fontSize: '20px', color: '#ffffff' });
    this.add.rectangle(400, 560, 800, 80, 0x3d405b);
    this.flag = this.add.rectangle(level.goalX, 480, 24, 80, 0xf4d35e);
    this.physics.add.existing(this.flag, true);
    this.player = this.add.rectangle(80, 496, 36, 48, 0xe76f51);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.overlap(this.player, this.flag, () => this.win());
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  update() {
    if (this.done) return;
    const body = this.player.body;
    body.setVelocityX(0);
    if (this.cursors.left.isDown) body.setVelocityX(-260);
    else if (this.cursors.right.isDown) body.setVelocityX(260);
  }

  win() {
    if (this.done) return;
    this.done = true;
    this.player.body.setVelocity(0, 0);
    const next = this.index + 1;
    const unlocked = Math.max(this.registry.get('unlocked'), Math.min(next + 1, LEVELS.length));
    this.registry.set('unlocked', unlocked);
    localStorage.setItem('levelsUnlocked', String(unlocked));
    this.add.text(400, 240, 'LEVEL CLEAR!', { fontSize: '48px', color: '#f4d35e' }).setOrigin(0.5);
    this.time.delayedCall(800, () => this.scene.start('LevelSelect'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#22223b',
  physics: { default: 'arcade', arcade: { debug: false } },
  callbacks: {
    preBoot: game => {
      const saved = parseInt(localStorage.getItem('levelsUnlocked'), 10);
      game.registry.set('unlocked', Number.isNaN(saved) ? 1 : saved);
    }
  },
  scene: [LevelSelect, Level]
});
