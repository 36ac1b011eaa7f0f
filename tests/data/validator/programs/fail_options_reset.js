// Gameplay options screen: Up/Down move between four options (Difficulty Easy/Normal/Hard, Screen shake On/Off, Subtitles On/Off, Text speed Slow/Medium/Fast) and Left/Right change the highlighted one; every change is saved to localStorage at once and restored on the next load, and R resets all four options to their defaults (Normal, On, On, Medium) and saves that.
const STORE_KEY = 'r67a-options';
const DEFAULTS = { difficulty: 'Normal', shake: 'On', subtitles: 'On', textSpeed: 'Medium' };
const OPTIONS = [
  { key: 'difficulty', label: 'Difficulty', values: ['Easy', 'Normal', 'Hard'] },
  { key: 'shake', label: 'Screen shake', values: ['Off', 'On'] },
  { key: 'subtitles', label: 'Subtitles', values: ['Off', 'On'] },
  { key: 'textSpeed', label: 'Text speed', values: ['Slow', 'Medium', 'Fast'] }
];

class OptionsScene extends Phaser.Scene {
  constructor() {
    super('Options');
  }

  loadSettings() {
    let stored = null;
    try {
      stored = JSON.parse(localStorage.getItem(STORE_KEY));
    } catch (e) {
      stored = null;
    }
    return Object.assign(DEFAULTS, stored);
  }

  saveSettings() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(this.settings));
    } catch (e) {
      // storage may be unavailable; the screen still works for this session
    }
  }

  create() {
    this.settings = this.loadSettings();
    this.cursor = 0;

    this.add.rectangle(400, 300, 560, 420, 0x1d2540).setStrokeStyle(3, 0x8fa3d9);
    this.add.text(400, 130, 'OPTIONS', { fontFamily: 'Arial', fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);

    this.rows = OPTIONS.map((opt, i) => {
      const y = 210 + i * 60;
      const bar = this.add.rectangle(400, y, 500, 46, 0x34416b).setAlpha(0);
      const label = this.add.text(170, y, opt.label, { fontFamily: 'Arial', fontSize: '24px', color: '#c9d3f2' }).setOrigin(0, 0.5);
      const value = this.add.text(560, y, '', { fontFamily: 'Arial', fontSize: '24px', color: '#ffe08a' }).setOrigin(0.5);
      return { bar, label, value };
    });

    this.add.text(400, 470, 'Up/Down: choose   Left/Right: change   R: reset to defaults', {
      fontFamily: 'Arial', fontSize: '16px', color: '#8fa3d9'
    }).setOrigin(0.5);
    this.status = this.add.text(400, 540, '', { fontFamily: 'Arial', fontSize: '18px', color: '#9be89b' }).setOrigin(0.5);

    const kb = this.input.keyboard;
    kb.on('keydown-UP', () => this.moveCursor(-1));
    kb.on('keydown-DOWN', () => this.moveCursor(1));
    kb.on('keydown-LEFT', () => this.changeValue(-1));
    kb.on('keydown-RIGHT', () => this.changeValue(1));
    kb.on('keydown-R', () => this.resetDefaults());

    this.refresh();
  }

  moveCursor(dir) {
    this.cursor = Phaser.Math.Wrap(this.cursor + dir, 0, OPTIONS.length);
    this.refresh();
  }

  changeValue(dir) {
    const opt = OPTIONS[this.cursor];
    const index = opt.values.indexOf(this.settings[opt.key]);
    const next = Phaser.Math.Clamp(index + dir, 0, opt.values.length - 1);
    if (next === index) {
      return;
    }
    this.settings[opt.key] = opt.values[next];
    this.saveSettings();
    this.flash(opt.label + ' set to ' + opt.values[next]);
    this.refresh();
  }

  resetDefaults() {
    this.settings = { ...DEFAULTS };
    this.saveSettings();
    this.flash('All options reset to defaults');
    this.refresh();
  }

  flash(message) {
    this.status.setText(message).setAlpha(1);
    this.tweens.killTweensOf(this.status);
    this.tweens.add({ targets: this.status, alpha: 0, delay: 900, duration: 600 });
  }

  refresh() {
    OPTIONS.forEach((opt, i) => {
      const row = this.rows[i];
      const selected = i === this.cursor;
      const index = opt.values.indexOf(this.settings[opt.key]);
      const left = index > 0 ? '<  ' : '   ';
      const right = index < opt.values.length - 1 ? '  >' : '   ';
      row.value.setText(left + this.settings[opt.key] + right);
      row.bar.setAlpha(selected ? 1 : 0);
      row.label.setColor(selected ? '#ffffff' : '#c9d3f2');
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0e1326',
  scene: [OptionsScene]
};

new Phaser.Game(config);
