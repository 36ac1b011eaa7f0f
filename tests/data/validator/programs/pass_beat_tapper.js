// Beat tapper: a circle pulses on every beat at 90 BPM (one beat every 667 ms); tap SPACE or click in time with it. Each tap is judged against the nearest beat, whether the tap is early or late: within 60 ms PERFECT, within 140 ms GOOD, otherwise MISS; show the judgement with the offset in ms and running PERFECT / GOOD / MISS counts.
const BPM = 90;
const BEAT_MS = 60000 / BPM;
const PERFECT_MS = 60;
const GOOD_MS = 140;

class TapScene extends Phaser.Scene {
  constructor() {
    super('Tap');
  }

  create() {
    this.counts = { PERFECT: 0, GOOD: 0, MISS: 0 };
    this.beats = 0;

    this.ring = this.add.circle(400, 260, 110).setStrokeStyle(6, 0x55ccff, 0.6);
    this.core = this.add.circle(400, 260, 80, 0x1e88e5);
    this.beatLabel = this.add.text(400, 260, '', { fontSize: '40px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);

    this.judgeText = this.add.text(400, 430, 'Tap SPACE or click on the beat', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.offsetText = this.add.text(400, 470, '', { fontSize: '20px', color: '#aaaaaa' }).setOrigin(0.5);
    this.countText = this.add.text(400, 540, '', { fontSize: '22px', color: '#dddddd' }).setOrigin(0.5);
    this.add.text(20, 20, BPM + ' BPM', { fontSize: '22px', color: '#88ccff' });
    this.refreshCounts();

    this.beatTimer = this.time.addEvent({
      delay: BEAT_MS,
      loop: true,
      callback: this.onBeat,
      callbackScope: this
    });
    this.onBeat();

    this.input.keyboard.on('keydown-SPACE', () => this.tap());
    this.input.on('pointerdown', () => this.tap());
  }

  onBeat() {
    this.beats += 1;
    this.beatLabel.setText(String(((this.beats - 1) % 4) + 1));
    this.tweens.killTweensOf([this.core, this.ring]);
    this.core.setScale(1.25);
    this.ring.setScale(1).setAlpha(0.9);
    this.tweens.add({ targets: this.core, scale: 1, duration: 250, ease: 'Cubic.easeOut' });
    this.tweens.add({ targets: this.ring, scale: 1.6, alpha: 0, duration: 400 });
  }

  tap() {
    const sinceLast = this.beatTimer.getElapsed();
    const offset = Math.min(sinceLast, BEAT_MS - sinceLast);
    let label = 'MISS';
    let color = '#ff5555';
    if (offset <= PERFECT_MS) {
      label = 'PERFECT';
      color = '#66ff99';
    } else if (offset <= GOOD_MS) {
      label = 'GOOD';
      color = '#ffdd55';
    }
    this.counts[label] += 1;
    this.judgeText.setText(label).setColor(color).setScale(1.2);
    this.tweens.add({ targets: this.judgeText, scale: 1, duration: 150 });
    this.offsetText.setText('off by ' + Math.round(offset) + ' ms');
    this.refreshCounts();
  }

  refreshCounts() {
    const c = this.counts;
    this.countText.setText('PERFECT ' + c.PERFECT + '   GOOD ' + c.GOOD + '   MISS ' + c.MISS);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1117',
  scene: TapScene
};

new Phaser.Game(config);
