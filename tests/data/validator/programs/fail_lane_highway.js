// Four-lane note highway: notes fall toward a hit line at y=520 and the keys D, F, J, K hit lanes 1-4. A press within 50 ms of a note's arrival is PERFECT (300 points), within 120 ms GOOD (100 points); a note not hit by 120 ms after its arrival is a MISS that resets the combo. Show the latest judgement, the score and the combo.
const LANE_X = [250, 350, 450, 550];
const LANE_COLORS = [0xff5577, 0xffcc33, 0x33ddff, 0x88ff66];
const KEY_TO_LANE = { D: 0, F: 1, J: 2, K: 3 };
const HIT_Y = 520;
const SPEED = 0.45;
const PERFECT_MS = 50;
const GOOD_MS = 120;
const NOTE_GAP = 400;
const PATTERN = [0, 2, 1, 3, 0, 1, 2, 3, 3, 0, 2, 0, 1, 0, 3, 2];

class HighwayScene extends Phaser.Scene {
  constructor() {
    super('Highway');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x15151f, 1).fillRect(200, 0, 400, 600);
    g.lineStyle(2, 0x333344, 1);
    for (let i = 0; i <= 4; i++) g.lineBetween(200 + i * 100, 0, 200 + i * 100, 600);
    g.lineStyle(4, 0xffffff, 0.9).lineBetween(200, HIT_Y, 600, HIT_Y);

    LANE_COLORS.forEach((color, i) => {
      const t = this.make.graphics({ x: 0, y: 0 }, false);
      t.fillStyle(color, 1).fillRoundedRect(0, 0, 80, 22, 8);
      t.lineStyle(2, 0xffffff, 0.8).strokeRoundedRect(1, 1, 78, 20, 8);
      t.generateTexture('note' + i, 80, 22);
      t.destroy();
    });

    this.receptors = LANE_X.map((x, i) => this.add.rectangle(x, HIT_Y, 90, 30, LANE_COLORS[i], 0.2));
    Object.keys(KEY_TO_LANE).forEach((k) => {
      this.add.text(LANE_X[KEY_TO_LANE[k]], 565, k, { fontSize: '28px', color: '#aaaacc', fontStyle: 'bold' }).setOrigin(0.5);
    });

    this.score = 0;
    this.combo = 0;
    this.nextIndex = 0;
    this.live = [];
    this.startTime = this.time.now;

    this.scoreText = this.add.text(20, 20, 'Score 0', { fontSize: '24px', color: '#ffffff' });
    this.comboText = this.add.text(20, 54, 'Combo 0', { fontSize: '24px', color: '#ffffff' });
    this.judgeText = this.add.text(400, 420, '', { fontSize: '40px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(620, 20, 'D F J K\nto hit', { fontSize: '20px', color: '#888899' });

    this.input.keyboard.on('keydown', (event) => this.press(event));
  }

  songTime() {
    return this.time.now - this.startTime;
  }

  press(event) {
    const lane = KEY_TO_LANE[event.key.toUpperCase()];
    if (!lane) return;
    this.flashReceptor(lane);
    const now = this.songTime();
    let best = null;
    for (const note of this.live) {
      if (note.lane !== lane) continue;
      const d = Math.abs(note.t - now);
      if (d <= GOOD_MS && (!best || d < Math.abs(best.t - now))) best = note;
    }
    if (!best) return;
    const diff = Math.abs(best.t - now);
    this.removeNote(best);
    if (diff <= PERFECT_MS) this.judge('PERFECT', 300, '#66ffcc');
    else this.judge('GOOD', 100, '#ffee66');
  }

  judge(label, points, color) {
    if (points > 0) {
      this.combo += 1;
      this.score += points;
    } else {
      this.combo = 0;
    }
    this.scoreText.setText('Score ' + this.score);
    this.comboText.setText('Combo ' + this.combo);
    this.judgeText.setText(label).setColor(color).setScale(1.3).setAlpha(1);
    this.tweens.killTweensOf(this.judgeText);
    this.tweens.add({ targets: this.judgeText, scale: 1, alpha: 0.3, duration: 450 });
  }

  flashReceptor(lane) {
    const r = this.receptors[lane];
    r.setFillStyle(LANE_COLORS[lane], 0.8);
    this.time.delayedCall(90, () => r.setFillStyle(LANE_COLORS[lane], 0.2));
  }

  removeNote(note) {
    note.sprite.destroy();
    this.live.splice(this.live.indexOf(note), 1);
  }

  update() {
    const now = this.songTime();
    const lead = (HIT_Y + 30) / SPEED;
    while (2000 + this.nextIndex * NOTE_GAP - now <= lead) {
      const t = 2000 + this.nextIndex * NOTE_GAP;
      const lane = PATTERN[this.nextIndex % PATTERN.length];
      const sprite = this.add.image(LANE_X[lane], -30, 'note' + lane);
      this.live.push({ t, lane, sprite });
      this.nextIndex += 1;
    }
    for (const note of this.live.slice()) {
      note.sprite.y = HIT_Y - (note.t - now) * SPEED;
      if (now - note.t > GOOD_MS) {
        this.removeNote(note);
        this.judge('MISS', 0, '#ff4444');
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0a0a12',
  scene: HighwayScene
};

new Phaser.Game(config);
