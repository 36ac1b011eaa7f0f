// One-lane rhythm tapper: every 500 ms a circle is launched from the right edge and slides left at 300 px/s toward a target ring at x=150; press SPACE when a circle is on the ring (within 80 ms PERFECT, within 160 ms GOOD; a circle more than 160 ms past the ring is a MISS). The combo counts consecutive hits and resets to 0 on a miss, and each time the combo reaches a multiple of 10 (10, 20, 30...) a 'COMBO xN!' banner pops up.
const TARGET_X = 150;
const LANE_Y = 300;
const SPEED = 300;
const PERFECT_MS = 80;
const GOOD_MS = 160;

class ComboScene extends Phaser.Scene {
  constructor() {
    super('Combo');
  }

  create() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff, 1).fillCircle(22, 22, 22);
    g.fillStyle(0xff77aa, 1).fillCircle(22, 22, 17);
    g.generateTexture('beatDot', 44, 44);
    g.destroy();

    this.add.rectangle(400, LANE_Y, 800, 70, 0x1c1c2a);
    this.add.circle(TARGET_X, LANE_Y, 28).setStrokeStyle(5, 0xffffff, 0.9);

    this.notes = this.physics.add.group();
    this.combo = 0;
    this.score = 0;

    this.scoreText = this.add.text(20, 20, 'Score 0', { fontSize: '24px', color: '#ffffff' });
    this.comboText = this.add.text(20, 52, 'Combo 0', { fontSize: '24px', color: '#ffffff' });
    this.judgeText = this.add.text(TARGET_X, LANE_Y - 80, '', { fontSize: '30px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.banner = this.add.text(400, 160, '', { fontSize: '54px', color: '#ffd400', fontStyle: 'bold', stroke: '#7a3300', strokeThickness: 6 }).setOrigin(0.5).setAlpha(0);
    this.add.text(400, 560, 'SPACE when a circle is on the ring', { fontSize: '20px', color: '#8888aa' }).setOrigin(0.5);

    this.time.addEvent({ delay: 500, loop: true, callback: this.launch, callbackScope: this });
    this.input.keyboard.on('keydown-SPACE', this.tap, this);
  }

  launch() {
    const note = this.notes.create(830, LANE_Y, 'beatDot');
    note.setVelocityX(-SPEED);
  }

  tap() {
    let best = null;
    let bestMs = Infinity;
    this.notes.getChildren().forEach((note) => {
      const ms = (Math.abs(note.x - TARGET_X) / SPEED) * 1000;
      if (ms < bestMs) {
        bestMs = ms;
        best = note;
      }
    });
    if (!best || bestMs > GOOD_MS) return;
    best.destroy();
    if (bestMs <= PERFECT_MS) this.hit('PERFECT', 300, '#66ffcc');
    else this.hit('GOOD', 100, '#ffee66');
  }

  hit(label, points, color) {
    this.combo += 1;
    this.score += points;
    this.scoreText.setText('Score ' + this.score);
    this.showJudge(label, color);
    this.refreshCombo();
  }

  miss() {
    this.combo = 0;
    this.showJudge('MISS', '#ff4455');
    this.refreshCombo();
  }

  refreshCombo() {
    this.comboText.setText('Combo ' + this.combo);
    if (this.combo > 0 && this.combo % 10 === 0) {
      this.banner.setText('COMBO x' + this.combo + '!');
      this.tweens.killTweensOf(this.banner);
      this.banner.setAlpha(1).setScale(0.4);
      this.tweens.add({ targets: this.banner, scale: 1, duration: 250, ease: 'Back.easeOut' });
      this.tweens.add({ targets: this.banner, alpha: 0, delay: 700, duration: 300 });
    }
  }

  showJudge(label, color) {
    this.judgeText.setText(label).setColor(color).setAlpha(1);
    this.tweens.killTweensOf(this.judgeText);
    this.tweens.add({ targets: this.judgeText, alpha: 0, delay: 250, duration: 250 });
  }

  update() {
    const lateX = TARGET_X - (SPEED * GOOD_MS) / 1000;
    this.notes.getChildren().slice().forEach((note) => {
      if (note.x < lateX) {
        note.destroy();
        this.miss();
      }
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101018',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: ComboScene
};

new Phaser.Game(config);
