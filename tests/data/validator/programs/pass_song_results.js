// Three-lane rhythm song played with the LEFT, DOWN and RIGHT arrows: a fixed chart of 40 notes falls to a hit line at y=500 (PERFECT within 60 ms, GOOD within 130 ms, a note 130 ms past the line is a MISS). Only after the last note has been hit or missed, a Results scene shows the PERFECT, GOOD and MISS counts (they add up to 40) and the max combo; ENTER plays the song again.
const CHART_LANES = '0120210201012210201201021022101201210120';
const CHART = CHART_LANES.split('').map((ch, i) => ({ t: 1500 + i * 450, lane: Number(ch) }));
const LANE_X = [300, 400, 500];
const HIT_Y = 500;
const SPEED = 0.35;
const PERFECT_MS = 60;
const GOOD_MS = 130;

class SongScene extends Phaser.Scene {
  constructor() {
    super('Song');
  }

  create() {
    this.add.rectangle(400, 300, 300, 600, 0x181822);
    this.add.rectangle(400, HIT_Y, 300, 6, 0xffffff);
    ['LEFT', 'DOWN', 'RIGHT'].forEach((name, lane) => {
      this.add.text(LANE_X[lane], 545, name, { fontSize: '18px', color: '#9999bb' }).setOrigin(0.5);
      this.input.keyboard.on('keydown-' + name, () => this.press(lane));
    });

    this.stats = { perfect: 0, good: 0, miss: 0, combo: 0, maxCombo: 0 };
    this.live = [];
    this.next = 0;
    this.finished = false;
    this.start = this.time.now;
    this.judgeText = this.add.text(400, 420, '', { fontSize: '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.comboText = this.add.text(20, 20, 'Combo 0', { fontSize: '24px', color: '#ffffff' });
    this.leftText = this.add.text(20, 54, '', { fontSize: '18px', color: '#aaaaaa' });
  }

  press(lane) {
    const now = this.time.now - this.start;
    const candidates = this.live.filter((n) => n.lane === lane && Math.abs(n.t - now) <= GOOD_MS);
    if (candidates.length === 0) return;
    const note = candidates[0];
    this.resolve(note, Math.abs(note.t - now) <= PERFECT_MS ? 'perfect' : 'good');
  }

  resolve(note, result) {
    note.shape.destroy();
    this.live.splice(this.live.indexOf(note), 1);
    this.stats[result] += 1;
    if (result === 'miss') {
      this.stats.combo = 0;
    } else {
      this.stats.combo += 1;
      this.stats.maxCombo = Math.max(this.stats.maxCombo, this.stats.combo);
    }
    const colors = { perfect: '#66ffcc', good: '#ffee66', miss: '#ff5555' };
    this.judgeText.setText(result.toUpperCase()).setColor(colors[result]);
    this.comboText.setText('Combo ' + this.stats.combo);
  }

  update() {
    const now = this.time.now - this.start;
    while (this.next < CHART.length && CHART[this.next].t - now <= (HIT_Y + 20) / SPEED) {
      const data = CHART[this.next];
      const shape = this.add.rectangle(LANE_X[data.lane], -20, 84, 20, [0x4fc3f7, 0xba68c8, 0xffb74d][data.lane]);
      this.live.push({ t: data.t, lane: data.lane, shape });
      this.next += 1;
    }
    this.live.slice().forEach((note) => {
      note.shape.y = HIT_Y - (note.t - now) * SPEED;
      if (now - note.t > GOOD_MS) this.resolve(note, 'miss');
    });
    this.leftText.setText('Notes left: ' + (CHART.length - this.next + this.live.length));

    if (this.next >= CHART.length && this.live.length === 0 && !this.finished) {
      this.finished = true;
      this.time.delayedCall(400, () => this.scene.start('Results', this.stats));
    }
  }
}

class ResultsScene extends Phaser.Scene {
  constructor() {
    super('Results');
  }

  create(stats) {
    this.add.text(400, 120, 'RESULTS', { fontSize: '48px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    const lines = [
      'PERFECT  ' + stats.perfect,
      'GOOD     ' + stats.good,
      'MISS     ' + stats.miss,
      'Total    ' + (stats.perfect + stats.good + stats.miss) + ' / ' + CHART.length,
      'Max combo ' + stats.maxCombo
    ];
    this.add.text(400, 300, lines.join('\n'), { fontSize: '28px', color: '#dddddd', fontFamily: 'monospace', lineSpacing: 10 }).setOrigin(0.5);
    this.add.text(400, 500, 'ENTER to play again', { fontSize: '22px', color: '#88aaff' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-ENTER', () => this.scene.start('Song'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0c0c12',
  scene: [SongScene, ResultsScene]
};

new Phaser.Game(config);
