// Metronome: the arm swings from one side to the other once per beat (at 100 BPM one beat is 600 ms) and a beat is counted every time the arm reaches either side, flashing the lamp (brighter on beat 1 of each bar of 4). Up/Down change the tempo by 10 BPM (between 40 and 200) and the counter shows the total beats and the beat within the bar.
class Metronome extends Phaser.Scene {
  constructor() {
    super('metronome');
  }

  create() {
    this.cameras.main.setBackgroundColor('#2b1d14');
    this.add.rectangle(400, 360, 220, 300, 0x6d4c41).setStrokeStyle(4, 0x3e2723);
    this.arm = this.add.container(400, 500);
    this.arm.add(this.add.rectangle(0, -160, 8, 320, 0xd7ccc8));
    this.arm.add(this.add.rectangle(0, -230, 34, 26, 0xffb300));
    this.arm.angle = -30;

    this.lamp = this.add.circle(650, 120, 34, 0x4e342e).setStrokeStyle(4, 0xbcaaa4);
    this.bpm = 100;
    this.beats = 0;
    this.info = this.add.text(30, 30, '', { fontSize: '26px', color: '#ffe0b2' });
    this.add.text(30, 550, 'Up / Down: tempo', { fontSize: '18px', color: '#bcaaa4' });

    this.input.keyboard.on('keydown-UP', () => this.setTempo(this.bpm + 10));
    this.input.keyboard.on('keydown-DOWN', () => this.setTempo(this.bpm - 10));
    this.swing = null;
    this.startSwing();
    this.refresh();
  }

  setTempo(bpm) {
    const next = Phaser.Math.Clamp(bpm, 40, 200);
    if (next === this.bpm) return;
    this.bpm = next;
    this.startSwing();
    this.refresh();
  }

  startSwing() {
    if (this.swing) this.swing.remove();
    this.arm.angle = -30;
    const beatMs = 60000 / this.bpm;
    this.swing = this.tweens.add({
      targets: this.arm,
      angle: 30,
      duration: beatMs,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
      onYoyo: () => this.beat(),
      onRepeat: () => this.beat()
    });
  }

  beat() {
    this.beats++;
    const first = (this.beats - 1) % 4 === 0;
    this.lamp.setFillStyle(first ? 0xffee58 : 0xff8a65);
    this.time.delayedCall(120, () => this.lamp.setFillStyle(0x4e342e));
    this.refresh();
  }

  refresh() {
    const inBar = this.beats === 0 ? '-' : ((this.beats - 1) % 4) + 1;
    this.info.setText('Tempo: ' + this.bpm + ' BPM\nBeats: ' + this.beats + '   Beat in bar: ' + inBar);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Metronome
};

new Phaser.Game(config);
