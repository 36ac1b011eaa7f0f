// Step sequencer: a 4-row by 16-step grid (Kick, Snare, Hat, Clap) with a starter beat; click a cell to toggle it; Space starts and stops playback (it starts stopped), and while playing a playhead column advances one step per 16th note and every row with an active cell under the playhead flashes its lamp; Up and Down change the tempo by 10 BPM between 60 and 180 (starting at 120), also while stopped, without starting or stopping playback.
const ROWS = ['Kick', 'Snare', 'Hat', 'Clap'];
const LAMP_COLOURS = [0xef476f, 0xffd166, 0x06d6a0, 0x118ab2];
const STEPS = 16;
const CELL = 38;
const OX = 160;
const OY = 170;

class SequencerScene extends Phaser.Scene {
  constructor() {
    super('Sequencer');
  }

  create() {
    this.bpm = 120;
    this.playing = false;
    this.step = STEPS - 1;
    this.pattern = ROWS.map((name, r) => Array.from({ length: STEPS }, (_, s) => (r === 0 && s % 4 === 0) || (r === 1 && s % 8 === 4) || (r === 2 && s % 2 === 0)));

    this.add.text(400, 40, 'Step Sequencer', { fontSize: '32px', color: '#f1faee', fontStyle: 'bold' }).setOrigin(0.5);
    this.status = this.add.text(400, 90, '', { fontSize: '22px', color: '#a8dadc' }).setOrigin(0.5);
    this.add.text(400, 360, 'Click cells to toggle   Space play/stop   Up/Down tempo', { fontSize: '16px', color: '#8d99ae' }).setOrigin(0.5);

    this.cells = [];
    this.lamps = [];
    ROWS.forEach((name, r) => {
      this.add.text(OX - 60, OY + r * CELL, name, { fontSize: '18px', color: '#f1faee' }).setOrigin(1, 0.5);
      this.lamps.push(this.add.circle(OX - 35, OY + r * CELL, 9, LAMP_COLOURS[r]).setAlpha(0.2));
      this.cells.push([]);
      for (let s = 0; s < STEPS; s++) {
        const cell = this.add.rectangle(OX + s * CELL, OY + r * CELL, CELL - 6, CELL - 6, 0x000000);
        cell.setInteractive({ useHandCursor: true });
        cell.on('pointerdown', () => {
          this.pattern[r][s] = !this.pattern[r][s];
          this.paintCell(r, s);
        });
        this.cells[r].push(cell);
        this.paintCell(r, s);
      }
    });

    this.playhead = this.add.rectangle(0, OY + ((ROWS.length - 1) * CELL) / 2, CELL, ROWS.length * CELL + 8, 0xffffff, 0.15)
      .setStrokeStyle(3, 0xffffff)
      .setVisible(false);

    this.clock = this.time.addEvent({ delay: this.stepMs(), loop: true, callback: this.advance, callbackScope: this, paused: true });

    this.input.keyboard.on('keydown-SPACE', () => {
      this.playing = !this.playing;
      this.clock.paused = !this.playing;
      this.refresh();
    });
    this.input.keyboard.on('keydown-UP', () => this.changeBpm(10));
    this.input.keyboard.on('keydown-DOWN', () => this.changeBpm(-10));

    this.refresh();
  }

  stepMs() {
    return 60000 / this.bpm / 4;
  }

  changeBpm(delta) {
    this.bpm = Phaser.Math.Clamp(this.bpm + delta, 60, 180);
    this.clock.remove();
    this.clock = this.time.addEvent({ delay: this.stepMs(), loop: true, callback: this.advance, callbackScope: this });
    this.refresh();
  }

  paintCell(r, s) {
    const on = this.pattern[r][s];
    const beatShade = Math.floor(s / 4) % 2 ? 0x3d5a80 : 0x2b4162;
    this.cells[r][s].setFillStyle(on ? LAMP_COLOURS[r] : beatShade);
  }

  advance() {
    this.step = (this.step + 1) % STEPS;
    this.playhead.setVisible(true).setX(OX + this.step * CELL);
    ROWS.forEach((name, r) => {
      if (!this.pattern[r][this.step]) return;
      const lamp = this.lamps[r];
      this.tweens.killTweensOf(lamp);
      lamp.setAlpha(1).setScale(1.4);
      this.tweens.add({ targets: lamp, alpha: 0.2, scale: 1, duration: 180 });
    });
    this.refresh();
  }

  refresh() {
    this.status.setText(`${this.playing ? 'PLAYING' : 'STOPPED'}   ${this.bpm} BPM   step ${this.playhead.visible ? this.step + 1 : '-'}/${STEPS}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 420,
  backgroundColor: '#1d3557',
  scene: SequencerScene,
};

new Phaser.Game(config);
