// Each key should play its own pitch, but frequency is an AudioParam: `osc.frequency = f` sets nothing, every note is 440 Hz.
var config = { type: Phaser.AUTO, width: 800, height: 300, scene: { preload: preload, create: create } };
var audio;
function preload() {}
function create() {
  audio = new (window.AudioContext || window.webkitAudioContext)();
  var notes = [262, 294, 330, 349, 392, 440, 494];
  notes.forEach(function (f, i) {
    var key = this.add.rectangle(60 + i * 110, 150, 100, 200, 0xffffff).setInteractive();
    key.on('pointerdown', function () { play(f); key.setFillStyle(0xdddddd); });
  }, this);
  play(notes[0]);
}
function play(f) {
  var osc = audio.createOscillator();
  var gain = audio.createGain();
  osc.frequency = f;
  gain.gain.value = 0.2;
  osc.connect(gain).connect(audio.destination);
  osc.start();
  osc.stop(audio.currentTime + 0.3);
}
new Phaser.Game(config);
