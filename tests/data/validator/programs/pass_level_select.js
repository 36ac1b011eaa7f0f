// Level select for levels 1 to 10: level 1 is always open and clearing level N unlocks level N+1 (progress saved in localStorage). Left/Right move the cursor to the previous/next unlocked level, jumping over any number of locked levels in a row and wrapping around the ends; Enter opens the selected level, a stub screen where C clears it and Esc returns to the select screen. X erases all progress.
const SAVE_KEY = 'r68f_level_select_cleared';
const LEVELS = Phaser.Utils.Array.NumberArrayStep(1, 11);

function loadCleared() {
  const n = parseInt(localStorage.getItem(SAVE_KEY), 10);
  return Number.isInteger(n) ? Phaser.Math.Clamp(n, 0, LEVELS.length) : 0;
}

class Select extends Phaser.Scene {
  constructor() {
    super('select');
  }

  init(data) {
    this.cursor = data && data.level ? LEVELS.indexOf(data.level) : 0;
  }

  create() {
    this.cleared = loadCleared();
    this.entries = LEVELS.map((level, i) => {
      const x = 130 + (i % 5) * 135;
      const y = 230 + Math.floor(i / 5) * 150;
      const locked = level > this.cleared + 1;
      const box = this.add.rectangle(x, y, 110, 110, locked ? 0x424242 : level <= this.cleared ? 0x2e7d32 : 0x1565c0).setStrokeStyle(4, 0x000000);
      this.add.text(x, y, locked ? '🔒' : String(level), { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
      return { level, locked, box };
    });
    if (this.cursor < 0 || this.entries[this.cursor].locked) this.cursor = 0;
    this.add.text(400, 70, 'Select level', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 540, 'Left/Right choose   Enter play   X erase progress', { fontSize: '20px', color: '#b0bec5' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-LEFT', () => this.step(-1));
    this.input.keyboard.on('keydown-RIGHT', () => this.step(1));
    this.input.keyboard.on('keydown-ENTER', () => this.scene.start('level', { level: this.entries[this.cursor].level }));
    this.input.keyboard.on('keydown-X', () => {
      localStorage.removeItem(SAVE_KEY);
      this.scene.restart({ level: 1 });
    });
    this.highlight();
  }

  step(dir) {
    let next = Phaser.Math.Wrap(this.cursor + dir, 0, this.entries.length);
    while (this.entries[next].locked) {
      next = Phaser.Math.Wrap(next + dir, 0, this.entries.length);
    }
    this.cursor = next;
    this.highlight();
  }

  highlight() {
    this.entries.forEach((e, i) => e.box.setStrokeStyle(i === this.cursor ? 8 : 4, i === this.cursor ? 0xffeb3b : 0x000000));
  }
}

class Level extends Phaser.Scene {
  constructor() {
    super('level');
  }

  create(data) {
    this.level = data.level;
    this.add.text(400, 220, 'Level ' + this.level, { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    const status = this.add.text(400, 330, 'C: clear level    Esc: back', { fontSize: '26px', color: '#cfd8dc' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-C', () => {
      const cleared = loadCleared();
      if (this.level > cleared) localStorage.setItem(SAVE_KEY, String(this.level));
      status.setText('Cleared!  Esc: back');
    });
    this.input.keyboard.on('keydown-ESC', () => this.scene.start('select', { level: this.level }));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: [Select, Level] });
