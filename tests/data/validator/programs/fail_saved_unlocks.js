// Level-select puzzle platformer: the menu shows 3 levels, level 1 starts unlocked and clearing level N unlocks level N+1; progress is saved in localStorage and never goes down (replaying an earlier level keeps later levels unlocked). Click an unlocked level to play; arrows move, Up jumps, grab the key and then touch the door to clear the level.
const SAVE_KEY = 'keyhop.unlocked';
const LEVELS = [
  { start: [60, 520], key: [400, 420], door: [740, 530], plats: [[400, 470, 160, 20]] },
  { start: [60, 520], key: [380, 330], door: [690, 250], plats: [[200, 470, 140, 20], [380, 380, 140, 20], [620, 290, 200, 20]] },
  { start: [740, 520], key: [90, 150], door: [440, 340], plats: [[620, 470, 120, 20], [440, 380, 120, 20], [260, 290, 120, 20], [90, 200, 120, 20]] }
];

function loadUnlocked() {
  const n = parseInt(localStorage.getItem(SAVE_KEY), 10);
  return Number.isNaN(n) ? 1 : Phaser.Math.Clamp(n, 1, LEVELS.length);
}

class MenuScene extends Phaser.Scene {
  constructor() { super('Menu'); }

  create() {
    this.add.text(400, 110, 'KEY HOP', { fontSize: '56px', color: '#f4a261' }).setOrigin(0.5);
    this.add.text(400, 170, 'Click an unlocked level', { fontSize: '20px', color: '#e9c46a' }).setOrigin(0.5);
    const unlocked = loadUnlocked();
    LEVELS.forEach((lvl, i) => {
      const open = i < unlocked;
      const x = 220 + i * 180;
      const box = this.add.rectangle(x, 320, 140, 110, open ? 0x2a9d8f : 0x3d405b).setStrokeStyle(3, 0xffffff);
      this.add.text(x, 305, String(i + 1), { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
      this.add.text(x, 350, open ? 'play' : 'locked', { fontSize: '16px', color: open ? '#ffffff' : '#9a9a9a' }).setOrigin(0.5);
      if (open) {
        box.setInteractive({ useHandCursor: true });
        box.on('pointerdown', () => this.scene.start('Play', { index: i }));
      }
    });
    this.add.text(400, 450, 'Unlocked: ' + unlocked + ' / ' + LEVELS.length, { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
  }
}

class PlayScene extends Phaser.Scene {
  constructor() { super('Play'); }

  init(data) {
    this.index = data.index;
    this.hasKey = false;
    this.cleared = false;
  }

  create() {
    const lvl = LEVELS[this.index];
    this.add.text(16, 12, 'Level ' + (this.index + 1) + '   (Esc: menu)', { fontSize: '18px', color: '#ffffff' });
    this.status = this.add.text(16, 38, 'Find the key', { fontSize: '16px', color: '#e9c46a' });

    this.solids = this.physics.add.staticGroup();
    this.solids.add(this.add.rectangle(400, 580, 800, 40, 0x264653));
    lvl.plats.forEach(([x, y, w, h]) => this.solids.add(this.add.rectangle(x, y, w, h, 0x2a9d8f)));

    this.key = this.add.star(lvl.key[0], lvl.key[1], 4, 6, 16, 0xffd166);
    this.door = this.add.rectangle(lvl.door[0], lvl.door[1], 40, 60, 0x9d0208).setStrokeStyle(3, 0x370617);
    this.physics.add.existing(this.key, true);
    this.physics.add.existing(this.door, true);

    this.player = this.add.rectangle(lvl.start[0], lvl.start[1], 24, 36, 0xf1faee);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.solids);

    this.physics.add.overlap(this.player, this.key, () => {
      this.hasKey = true;
      this.key.destroy();
      this.door.setFillStyle(0x52b788);
      this.status.setText('Door unlocked!');
    });
    this.physics.add.overlap(this.player, this.door, () => {
      if (this.hasKey && !this.cleared) this.clearLevel();
    });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.once('keydown-ESC', () => this.scene.start('Menu'));
  }

  clearLevel() {
    this.cleared = true;
    this.player.body.setVelocity(0, 0);
    this.player.body.moves = false;
    const next = this.index + 2;
    localStorage.setItem(SAVE_KEY, String(Math.min(next, LEVELS.length)));
    this.status.setText('Level cleared!');
    this.time.delayedCall(900, () => this.scene.start('Menu'));
  }

  update() {
    if (this.cleared) return;
    const body = this.player.body;
    body.setVelocityX(this.cursors.left.isDown ? -200 : this.cursors.right.isDown ? 200 : 0);
    if (this.cursors.up.isDown && body.blocked.down) body.setVelocityY(-520);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3557',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [MenuScene, PlayScene]
};

new Phaser.Game(config);
