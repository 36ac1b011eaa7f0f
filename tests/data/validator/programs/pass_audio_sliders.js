// Audio settings panel with three sliders (Master 80, Music 60, Effects 40 by default, range 0-100): drag a slider's knob along its track, or pick a slider with Up/Down and change it by 5 with Left/Right; each knob always sits at its value's position along the track, the value is shown as a percentage next to it, and the values are saved to localStorage.
const TRACK_LEFT = 220;
const TRACK_RIGHT = 580;
const SAVE_KEY = 'r67a-audio';

const AudioPanel = {
  key: 'AudioPanel',

  create() {
    this.values = { master: 80, music: 60, effects: 40 };
    try {
      const saved = JSON.parse(localStorage.getItem(SAVE_KEY) || '{}');
      Object.keys(this.values).forEach((k) => {
        if (typeof saved[k] === 'number') {
          this.values[k] = Phaser.Math.Clamp(saved[k], 0, 100);
        }
      });
    } catch (e) {
      this.values = { master: 80, music: 60, effects: 40 };
    }

    const g = this.add.graphics();
    g.fillStyle(0xffd166, 1).fillCircle(14, 14, 14);
    g.lineStyle(3, 0x6b4f00, 1).strokeCircle(14, 14, 12);
    g.generateTexture('knob', 28, 28);
    g.destroy();

    this.add.text(400, 90, 'AUDIO', { fontSize: '40px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(400, 520, 'Drag a knob, or Up/Down to pick and Left/Right to change by 5', { fontSize: '16px', color: '#9aa5b1' }).setOrigin(0.5);

    this.sliders = ['master', 'music', 'effects'].map((name, i) => {
      const y = 200 + i * 110;
      const label = this.add.text(TRACK_LEFT, y - 40, name.toUpperCase(), { fontSize: '20px', color: '#d0d7de' });
      this.add.rectangle((TRACK_LEFT + TRACK_RIGHT) / 2, y, TRACK_RIGHT - TRACK_LEFT, 8, 0x3d4a5c);
      const fill = this.add.rectangle(TRACK_LEFT, y, 0, 8, 0x4cc9f0).setOrigin(0, 0.5);
      const knob = this.add.image(TRACK_LEFT, y, 'knob').setInteractive({ useHandCursor: true, draggable: true });
      const readout = this.add.text(TRACK_RIGHT + 40, y, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0, 0.5);

      knob.on('drag', (pointer, dragX) => {
        const x = Phaser.Math.Clamp(dragX, TRACK_LEFT, TRACK_RIGHT);
        this.values[name] = Math.round(Phaser.Math.Percent(x, TRACK_LEFT, TRACK_RIGHT) * 100);
        this.focus = i;
        this.refresh();
      });
      knob.on('dragend', () => this.save());

      return { name, y, label, fill, knob, readout };
    });

    this.focus = 0;
    const keys = this.input.keyboard;
    keys.on('keydown-UP', () => { this.focus = Phaser.Math.Wrap(this.focus - 1, 0, this.sliders.length); this.refresh(); });
    keys.on('keydown-DOWN', () => { this.focus = Phaser.Math.Wrap(this.focus + 1, 0, this.sliders.length); this.refresh(); });
    keys.on('keydown-LEFT', () => this.nudge(-5));
    keys.on('keydown-RIGHT', () => this.nudge(5));

    this.refresh();
  },

  extend: {
    nudge(step) {
      const name = this.sliders[this.focus].name;
      this.values[name] = Phaser.Math.Clamp(this.values[name] + step, 0, 100);
      this.refresh();
      this.save();
    },

    save() {
      try {
        localStorage.setItem(SAVE_KEY, JSON.stringify(this.values));
      } catch (e) {
        // ignore storage failures
      }
    },

    refresh() {
      this.sliders.forEach((s, i) => {
        const value = this.values[s.name];
        const x = Phaser.Math.FromPercent(value / 100, TRACK_LEFT, TRACK_RIGHT);
        s.knob.x = x;
        s.fill.setSize(x - TRACK_LEFT, 8);
        s.readout.setText(value + '%');
        s.label.setColor(i === this.focus ? '#ffd166' : '#d0d7de');
        s.knob.setScale(i === this.focus ? 1.15 : 1);
      });
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#16202c',
  scene: AudioPanel
};

new Phaser.Game(config);
