const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload: preload, create: create } };
function preload() {
  this.load.audio('jump', 'assets/jump.wav');
}
function create() {
  const pad = this.add.circle(400, 300, 60, 0x44aaff).setInteractive();
  this.add.text(300, 400, '点击发出声音', { fontSize: '24px' });
  pad.on('pointerdown', () => {
    // a synthesized beep through Phaser's WebAudio context, then a loaded sound
    const ctx = this.sound.context;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.frequency.value = 440;
    osc.start();
    osc.stop(ctx.currentTime + 0.1);
    this.sound.play('jump');
    pad.setFillStyle(Phaser.Display.Color.RandomRGB().color);
  });
}
new Phaser.Game(config);
