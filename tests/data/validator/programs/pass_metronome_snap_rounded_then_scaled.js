// Tap SPACE on the beat: the game says how far off the nearest beat (every 500 ms) you were
const BEAT = 500;
class TapScene extends Phaser.Scene {
  create() {
    this.clock = 0;
    this.result = this.add.text(400, 300, 'Tap SPACE on the beat', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => {
      const nearest = Math.round(this.clock / BEAT) * BEAT;
      const off = Math.abs(this.clock - nearest);
      this.result.setText(off < 60 ? 'On beat!' : 'Off by ' + Math.round(off) + ' ms');
    });
  }
  update(time, delta) { this.clock += delta; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: TapScene });
