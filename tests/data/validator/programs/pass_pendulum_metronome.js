// A metronome at 100 BPM (UP/DOWN arrows change it by 5, between 40 and 200): a pendulum swings from one side to the other once per beat using a yoyo tween, and on every beat (each time the pendulum reaches either side) the beat light flashes and the counter steps 1-2-3-4 (beat 1 flashes red, the others green).
const SWING = 28;
const MIN_BPM = 40;
const MAX_BPM = 200;

function tick(scene) {
  scene.beat = (scene.beat % 4) + 1;
  scene.beatText.setText(String(scene.beat));
  const color = scene.beat === 1 ? 0xff3344 : 0x33ff77;
  scene.tweens.killTweensOf(scene.light);
  scene.light.setFillStyle(color, 1);
  scene.light.setScale(1.25);
  scene.tweens.add({ targets: scene.light, fillAlpha: 0.12, scale: 1, duration: 220, ease: 'Quad.easeOut' });
  scene.dots.forEach((dot, i) => dot.setFillStyle(i + 1 === scene.beat ? color : 0x333344));
}

function startSwing(scene) {
  if (scene.swing) scene.swing.stop();
  scene.pendulum.angle = -SWING;
  scene.beat = 0;
  scene.bpmText.setText(scene.bpm + ' BPM');
  scene.swing = scene.tweens.add({
    targets: scene.pendulum,
    angle: SWING,
    duration: 60000 / scene.bpm,
    ease: 'Sine.easeInOut',
    yoyo: true,
    repeat: -1,
    onYoyo: () => tick(scene),
    onRepeat: () => tick(scene)
  });
  tick(scene);
}

function changeTempo(scene, delta) {
  const bpm = Phaser.Math.Clamp(scene.bpm + delta, MIN_BPM, MAX_BPM);
  if (bpm === scene.bpm) return;
  scene.bpm = bpm;
  startSwing(scene);
}

const metronomeScene = {
  key: 'metronome',

  create: function () {
    this.bpm = 100;
    this.beat = 0;
    this.swing = null;

    this.add.rectangle(300, 330, 380, 440, 0x1d1b26).setStrokeStyle(3, 0x4a4560);
    this.pendulum = this.add.container(300, 140);
    const rod = this.add.rectangle(0, 0, 8, 300, 0xcccccc).setOrigin(0.5, 0);
    const weight = this.add.circle(0, 285, 26, 0xffaa33).setStrokeStyle(3, 0xffffff);
    this.pendulum.add([rod, weight]);
    this.add.circle(300, 140, 12, 0x888899);

    this.light = this.add.circle(640, 180, 48, 0x33ff77, 0.12).setStrokeStyle(4, 0x666677);
    this.beatText = this.add.text(640, 280, '-', { fontSize: '56px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.dots = [0, 1, 2, 3].map((i) => this.add.circle(580 + i * 40, 350, 12, 0x333344));
    this.bpmText = this.add.text(640, 430, '', { fontSize: '36px', color: '#ffdd88' }).setOrigin(0.5);
    this.add.text(640, 480, 'UP / DOWN: tempo +/- 5', { fontSize: '18px', color: '#9999aa' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-UP', () => changeTempo(this, 5));
    this.input.keyboard.on('keydown-DOWN', () => changeTempo(this, -5));

    startSwing(this);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0f0e14',
  scene: metronomeScene
};

new Phaser.Game(config);
