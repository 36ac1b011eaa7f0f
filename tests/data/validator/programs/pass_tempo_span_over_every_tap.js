// Tap-tempo metronome: tap SPACE in rhythm to set the tempo; the BPM is averaged over the last taps, shown on screen, and a metronome light then pulses at that BPM.
const MAX_TAPS = 8;
const RESET_GAP_MS = 2000;

function create() {
  const scene = this;
  scene.taps = [];
  scene.bpm = 0;
  scene.beats = 0;
  scene.beatTimer = null;

  scene.add.text(400, 80, 'TAP TEMPO', { fontSize: '44px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
  scene.add.text(400, 540, 'Tap SPACE on the beat (pause 2 s to start over)', { fontSize: '20px', color: '#9aa0b5' }).setOrigin(0.5);
  scene.bpmText = scene.add.text(400, 190, '--- BPM', { fontSize: '56px', color: '#4cd3c2' }).setOrigin(0.5);
  scene.tapText = scene.add.text(400, 250, 'Taps: 0', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
  scene.light = scene.add.circle(400, 380, 70, 0xff6b6b).setAlpha(0.2);
  scene.beatText = scene.add.text(400, 480, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);

  const pulse = () => {
    scene.beats++;
    scene.beatText.setText('Beat ' + scene.beats);
    scene.light.setAlpha(1).setScale(1.15);
    scene.tweens.add({ targets: scene.light, alpha: 0.2, scale: 1, duration: 180 });
  };

  const startMetronome = () => {
    if (scene.beatTimer) scene.beatTimer.remove();
    scene.beats = 0;
    scene.beatTimer = scene.time.addEvent({ delay: 60000 / scene.bpm, loop: true, callback: pulse });
  };

  scene.input.keyboard.on('keydown-SPACE', () => {
    const now = scene.time.now;
    const last = scene.taps[scene.taps.length - 1];
    if (last !== undefined && now - last > RESET_GAP_MS) {
      scene.taps = [];
    }
    scene.taps.push(now);
    if (scene.taps.length > MAX_TAPS) scene.taps.shift();
    scene.tapText.setText('Taps: ' + scene.taps.length);

    if (scene.taps.length >= 2) {
      const span = scene.taps[scene.taps.length - 1] - scene.taps[0];
      const average = span / (scene.taps.length - 1);
      scene.bpm = Math.round(60000 / average);
      scene.bpmText.setText(scene.bpm + ' BPM');
      startMetronome();
    }
  });
}

function update(time) {
  const last = this.taps[this.taps.length - 1];
  if (last !== undefined && time - last > RESET_GAP_MS) {
    this.tapText.setText('Taps: 0 (tap to set a new tempo)');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1e2233',
  scene: { key: 'tap', create, update }
});
