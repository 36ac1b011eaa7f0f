// Task: a settings menu with volume sliders and on/off toggles whose values are saved to localStorage and restored on reload.
const STORAGE_PREFIX = 'phaser-settings:';
const DEFAULTS = { music: 0.8, sfx: 0.6, showFps: false, vibration: true };

function loadSetting(key) {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    return raw === null ? DEFAULTS[key] : raw;
  } catch (e) {
    return DEFAULTS[key];
  }
}

function saveSetting(key, value) {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
  } catch (e) { /* storage unavailable */ }
}

class SettingsScene extends Phaser.Scene {
  constructor() {
    super('Settings');
  }

  create() {
    this.settings = {};
    Object.keys(DEFAULTS).forEach((key) => { this.settings[key] = loadSetting(key); });

    this.add.text(400, 70, 'Settings', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.fpsText = this.add.text(10, 10, '', { fontSize: '16px', color: '#7cff7c' });

    this.sliders = {};
    this.toggles = {};
    this.createSlider('music', 'Music volume', 180);
    this.createSlider('sfx', 'Effects volume', 260);
    this.createToggle('showFps', 'Show FPS', 340);
    this.createToggle('vibration', 'Vibration', 420);
  }

  createSlider(key, label, y) {
    const left = 360;
    const width = 240;
    this.add.text(120, y, label, { fontSize: '22px', color: '#dddddd' }).setOrigin(0, 0.5);
    this.add.rectangle(left, y, width, 8, 0x555566).setOrigin(0, 0.5);
    const fill = this.add.rectangle(left, y, 0, 8, 0x4fa3ff).setOrigin(0, 0.5);
    const valueText = this.add.text(left + width + 30, y, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0, 0.5);
    const handle = this.add.circle(left, y, 14, 0xffffff).setInteractive({ draggable: true, useHandCursor: true });

    const apply = (value) => {
      this.settings[key] = Phaser.Math.Clamp(value, 0, 1);
      handle.x = left + this.settings[key] * width;
      fill.width = this.settings[key] * width;
      valueText.setText(Math.round(this.settings[key] * 100) + '%');
    };
    handle.on('drag', (pointer, dragX) => apply((dragX - left) / width));
    handle.on('dragend', () => saveSetting(key, this.settings[key]));
    apply(this.settings[key]);
    this.sliders[key] = { handle, apply };
  }

  createToggle(key, label, y) {
    this.add.text(120, y, label, { fontSize: '22px', color: '#dddddd' }).setOrigin(0, 0.5);
    const box = this.add.rectangle(420, y, 120, 40, 0x333344).setStrokeStyle(2, 0x8888aa);
    const text = this.add.text(420, y, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    const refresh = () => {
      const on = this.settings[key];
      box.setFillStyle(on ? 0x2e8b57 : 0x663333);
      text.setText(on ? 'ON' : 'OFF');
      if (key === 'showFps') this.fpsText.setVisible(on);
    };
    box.setInteractive({ useHandCursor: true }).on('pointerdown', () => {
      this.settings[key] = !this.settings[key];
      saveSetting(key, this.settings[key]);
      refresh();
    });
    refresh();
    this.toggles[key] = { box, text, refresh };
  }

  update() {
    if (this.fpsText.visible) {
      this.fpsText.setText('FPS: ' + Math.round(this.game.loop.actualFps));
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 520,
  backgroundColor: '#20202c',
  scene: SettingsScene
});
