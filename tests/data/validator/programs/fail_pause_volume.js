// Pause menu: P or Esc pauses the bouncing-comet game and opens a menu (Resume, Music volume, Effects volume, Restart); Up/Down pick an entry, Left/Right change the highlighted volume in steps of 10% and it must stay between 0% and 100% (Music starts at 70%, Effects at 50%), shown as a percentage and a 10-segment bar; Enter on Resume, or P/Esc, resumes the game exactly where it was, and Enter on Restart restarts it.
class CometGame extends Phaser.Scene {
  constructor() {
    super('CometGame');
  }

  create() {
    if (!this.registry.has('music')) {
      this.registry.set('music', 0.7);
      this.registry.set('effects', 0.5);
    }
    this.comet = this.add.circle(200, 200, 18, 0xffbe0b);
    this.vel = new Phaser.Math.Vector2(240, 170);
    this.elapsed = 0;
    this.timeText = this.add.text(16, 14, '', { fontSize: '20px', color: '#ffffff' });
    this.volText = this.add.text(784, 14, '', { fontSize: '18px', color: '#8ecae6' }).setOrigin(1, 0);
    this.add.text(400, 580, 'P / Esc: pause', { fontSize: '16px', color: '#6c757d' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-P', () => this.openPause());
    this.input.keyboard.on('keydown-ESC', () => this.openPause());
    this.showVolumes();
  }

  openPause() {
    this.scene.launch('PauseMenu');
    this.scene.pause();
  }

  showVolumes() {
    const pct = (key) => Math.round(this.registry.get(key) * 100) + '%';
    this.volText.setText('Music ' + pct('music') + '   Effects ' + pct('effects'));
  }

  update(time, delta) {
    const dt = delta / 1000;
    this.elapsed += dt;
    this.comet.x += this.vel.x * dt;
    this.comet.y += this.vel.y * dt;
    if (this.comet.x < 18 || this.comet.x > 782) {
      this.vel.x *= -1;
      this.comet.x = Phaser.Math.Clamp(this.comet.x, 18, 782);
    }
    if (this.comet.y < 18 || this.comet.y > 582) {
      this.vel.y *= -1;
      this.comet.y = Phaser.Math.Clamp(this.comet.y, 18, 582);
    }
    this.timeText.setText('Time ' + this.elapsed.toFixed(1) + ' s');
    this.showVolumes();
  }
}

class PauseMenu extends Phaser.Scene {
  constructor() {
    super('PauseMenu');
  }

  create() {
    this.entries = [
      { label: 'Resume', act: () => this.resumeGame() },
      { label: 'Music', volume: 'music' },
      { label: 'Effects', volume: 'effects' },
      { label: 'Restart', act: () => this.restartGame() }
    ];
    this.index = 0;
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.rectangle(400, 300, 460, 340, 0x023047).setStrokeStyle(3, 0x8ecae6);
    this.add.text(400, 170, 'PAUSED', { fontSize: '36px', color: '#ffb703', fontStyle: 'bold' }).setOrigin(0.5);

    this.rows = this.entries.map((entry, i) => {
      const y = 240 + i * 56;
      const label = this.add.text(200, y, entry.label, { fontSize: '24px', color: '#ffffff' }).setOrigin(0, 0.5);
      const row = { label, segments: [], value: null };
      if (entry.volume) {
        for (let s = 0; s < 10; s++) {
          row.segments.push(this.add.rectangle(330 + s * 16, y, 12, 22, 0x219ebc));
        }
        row.value = this.add.text(600, y, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(1, 0.5);
      }
      return row;
    });

    const kb = this.input.keyboard;
    kb.on('keydown-UP', () => { this.index = Phaser.Math.Wrap(this.index - 1, 0, this.entries.length); this.refresh(); });
    kb.on('keydown-DOWN', () => { this.index = Phaser.Math.Wrap(this.index + 1, 0, this.entries.length); this.refresh(); });
    kb.on('keydown-LEFT', () => this.changeVolume(-1));
    kb.on('keydown-RIGHT', () => this.changeVolume(1));
    kb.on('keydown-ENTER', () => { const e = this.entries[this.index]; if (e.act) e.act(); });
    kb.on('keydown-P', () => this.resumeGame());
    kb.on('keydown-ESC', () => this.resumeGame());
    this.refresh();
  }

  changeVolume(dir) {
    const key = this.entries[this.index].volume;
    if (!key) {
      return;
    }
    let v = this.registry.get(key);
    if (dir > 0 && v < 1) v += 0.1;
    if (dir < 0 && v > 0) v -= 0.1;
    this.registry.set(key, v);
    this.refresh();
  }

  refresh() {
    this.rows.forEach((row, i) => {
      row.label.setColor(i === this.index ? '#ffb703' : '#ffffff');
      const key = this.entries[i].volume;
      if (key) {
        const v = this.registry.get(key);
        row.segments.forEach((seg, s) => seg.setFillStyle(s < Math.round(v * 10) ? 0x8ecae6 : 0x1b3a4b));
        row.value.setText(Math.round(v * 100) + '%');
      }
    });
  }

  resumeGame() {
    this.scene.resume('CometGame');
    this.scene.stop();
  }

  restartGame() {
    this.scene.start('CometGame');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#001d3d',
  scene: [CometGame, PauseMenu]
};

new Phaser.Game(config);
