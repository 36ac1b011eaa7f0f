// Typing test: type the sentence; when it is done, show your speed in words per minute
const TEXT = 'the quick brown fox jumps over the lazy dog';
class Typing extends Phaser.Scene {
  create() {
    this.typed = '';
    this.elapsed = 0;
    this.started = false;
    this.add.text(40, 200, TEXT, { fontSize: '24px', color: '#888888' });
    this.line = this.add.text(40, 240, '', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (event) => {
      if (event.key.length !== 1 || this.typed === TEXT) return;
      this.started = true;
      if (TEXT[this.typed.length] === event.key) this.typed += event.key;
      this.line.setText(this.typed);
      if (this.typed === TEXT) {
        const minutes = this.elapsed / 60000;
        this.add.text(40, 320, Math.round(TEXT.split(' ').length / minutes) + ' WPM', { fontSize: '32px', color: '#88ff88' });
      }
    });
  }
  update(time, delta) {
    if (this.started && this.typed !== TEXT) this.elapsed += delta;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Typing });
