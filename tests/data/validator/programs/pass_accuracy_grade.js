// Two-lane note highway (A and L keys) with a 30-note song: PERFECT within 50 ms, GOOD within 120 ms, and a note 120 ms past the hit line is a MISS. When all 30 notes are judged, a results panel shows accuracy = (PERFECT + 0.5 x GOOD) / 30 x 100, so every miss lowers it, with one decimal and a grade (S at 95 or more, A at 85, B at 70, otherwise C); the best accuracy is kept in localStorage and R replays.
const SONG = Array.from({ length: 30 }, (_, i) => ({ t: 1800 + i * 500, lane: [0, 1, 0, 0, 1, 1, 0, 1][i % 8] }));
const LANE_X = [340, 460];
const HIT_Y = 480;
const SPEED = 0.4;
const BEST_KEY = 'r66b-two-lane-best';

class TwoLaneScene extends Phaser.Scene {
  constructor() {
    super('TwoLane');
  }

  create() {
    this.add.rectangle(400, 300, 240, 600, 0x17171f);
    this.add.rectangle(400, HIT_Y, 240, 5, 0xffffff);
    this.add.text(LANE_X[0], 530, 'A', { fontSize: '28px', color: '#f48fb1' }).setOrigin(0.5);
    this.add.text(LANE_X[1], 530, 'L', { fontSize: '28px', color: '#81d4fa' }).setOrigin(0.5);

    this.hitLog = [];
    this.judged = 0;
    this.live = [];
    this.next = 0;
    this.start = this.time.now;
    this.judgeText = this.add.text(400, 400, '', { fontSize: '30px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.progressText = this.add.text(20, 20, '', { fontSize: '20px', color: '#bbbbbb' });

    this.input.keyboard.on('keydown-A', () => this.press(0));
    this.input.keyboard.on('keydown-L', () => this.press(1));
    this.input.keyboard.on('keydown-R', () => {
      if (this.judged === SONG.length) this.scene.restart();
    });
  }

  press(lane) {
    const now = this.time.now - this.start;
    const note = this.live.find((n) => n.lane === lane && Math.abs(n.t - now) <= 120);
    if (!note) return;
    const perfect = Math.abs(note.t - now) <= 50;
    this.hitLog.push(perfect ? 1 : 0.5);
    this.finish(note, perfect ? 'PERFECT' : 'GOOD', perfect ? '#66ffcc' : '#ffee66');
  }

  finish(note, label, color) {
    note.rect.destroy();
    this.live.splice(this.live.indexOf(note), 1);
    this.judged += 1;
    this.judgeText.setText(label).setColor(color);
    this.progressText.setText('Judged ' + this.judged + ' / ' + SONG.length);
    if (this.judged === SONG.length) this.time.delayedCall(500, () => this.showResults());
  }

  showResults() {
    const points = this.hitLog.reduce((sum, v) => sum + v, 0);
    const accuracy = (points / SONG.length) * 100;
    const grade = accuracy >= 95 ? 'S' : accuracy >= 85 ? 'A' : accuracy >= 70 ? 'B' : 'C';
    const best = Math.max(accuracy, Number(localStorage.getItem(BEST_KEY) || 0));
    localStorage.setItem(BEST_KEY, String(best));

    const panel = this.add.container(400, 300);
    panel.add(this.add.rectangle(0, 0, 420, 300, 0x000000, 0.85).setStrokeStyle(3, 0xffffff));
    panel.add(this.add.text(0, -100, 'SONG CLEAR', { fontSize: '34px', color: '#ffffff' }).setOrigin(0.5));
    panel.add(this.add.text(0, -30, 'Accuracy ' + accuracy.toFixed(1) + '%', { fontSize: '28px', color: '#ffee88' }).setOrigin(0.5));
    panel.add(this.add.text(0, 30, 'Grade ' + grade, { fontSize: '44px', color: '#66ffcc', fontStyle: 'bold' }).setOrigin(0.5));
    panel.add(this.add.text(0, 95, 'Best ' + best.toFixed(1) + '%   -   R to replay', { fontSize: '18px', color: '#aaaaaa' }).setOrigin(0.5));
    panel.setScale(0.6).setAlpha(0);
    this.tweens.add({ targets: panel, scale: 1, alpha: 1, duration: 300, ease: 'Back.easeOut' });
  }

  update() {
    const now = this.time.now - this.start;
    while (this.next < SONG.length && SONG[this.next].t - now <= (HIT_Y + 20) / SPEED) {
      const n = SONG[this.next];
      const rect = this.add.rectangle(LANE_X[n.lane], -20, 100, 22, n.lane === 0 ? 0xf48fb1 : 0x81d4fa);
      this.live.push({ t: n.t, lane: n.lane, rect });
      this.next += 1;
    }
    this.live.slice().forEach((n) => {
      n.rect.y = HIT_Y - (n.t - now) * SPEED;
      if (now - n.t > 120) this.finish(n, 'MISS', '#ff5555');
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b0b10',
  scene: TwoLaneScene
};

new Phaser.Game(config);
