// Stopwatch with laps: SPACE starts/pauses, L records a lap (split and total), R resets while paused; time shows as mm:ss.hh.
function formatTime(ms) {
  const totalHundredths = Math.floor(ms / 10);
  const minutes = Math.floor(totalHundredths / 6000);
  const seconds = Math.floor(totalHundredths / 100) % 60;
  const hundredths = totalHundredths % 100;
  return String(minutes).padStart(2, '0') + ':' + String(seconds).padStart(2, '0') + '.' + String(hundredths).padStart(2, '0');
}

class StopwatchScene extends Phaser.Scene {
  constructor() {
    super('stopwatch');
  }

  create() {
    this.add.circle(400, 170, 130, 0x1e293b).setStrokeStyle(6, 0x94a3b8);
    this.display = this.add.text(400, 170, '00:00.00', { fontFamily: 'monospace', fontSize: '48px', color: '#f8fafc' }).setOrigin(0.5);
    this.status = this.add.text(400, 235, 'SPACE start/pause   L lap   R reset', { fontSize: '16px', color: '#94a3b8' }).setOrigin(0.5);
    this.lapList = this.add.container(250, 330);

    this.running = false;
    this.startAt = 0;
    this.elapsed = 0;
    this.laps = [];
    this.lastLapTotal = 0;

    this.input.keyboard.on('keydown-SPACE', this.toggle, this);
    this.input.keyboard.on('keydown-L', this.lap, this);
    this.input.keyboard.on('keydown-R', this.reset, this);
  }

  currentMs() {
    return this.running ? this.time.now - this.startAt : this.elapsed;
  }

  toggle() {
    if (this.running) {
      this.elapsed = this.time.now - this.startAt;
      this.running = false;
    } else {
      this.startAt = this.time.now;
      this.running = true;
    }
  }

  lap() {
    if (!this.running || this.laps.length >= 5) return;
    const total = this.currentMs();
    const split = total - this.lastLapTotal;
    this.lastLapTotal = total;
    this.laps.push({ split, total });
    const row = this.laps.length - 1;
    const label = this.add.text(0, row * 34, 'Lap ' + (row + 1) + '   ' + formatTime(split) + '   ' + formatTime(total),
      { fontFamily: 'monospace', fontSize: '22px', color: row % 2 ? '#cbd5e1' : '#fde68a' });
    this.lapList.add(label);
  }

  reset() {
    if (this.running) return;
    this.elapsed = 0;
    this.lastLapTotal = 0;
    this.laps = [];
    this.lapList.removeAll(true);
  }

  update() {
    this.display.setText(formatTime(this.currentMs()));
    this.display.setColor(this.running ? '#f8fafc' : '#fbbf24');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 520,
  backgroundColor: '#0f172a',
  scene: [StopwatchScene]
});
