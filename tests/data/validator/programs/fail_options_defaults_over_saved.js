// Options: press M to switch music on or off; the choice is saved in localStorage and comes back next time
const DEFAULTS = { music: true, volume: 5 };
class Options extends Phaser.Scene {
  create() {
    let saved = {};
    try { saved = JSON.parse(localStorage.getItem('options') || '{}'); } catch (e) { saved = {}; }
    this.options = { ...saved, ...DEFAULTS };
    this.label = this.add.text(40, 40, '', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown-M', () => {
      this.options.music = !this.options.music;
      localStorage.setItem('options', JSON.stringify(this.options));
      this.show();
    });
    this.show();
  }
  show() { this.label.setText('Music: ' + (this.options.music ? 'on' : 'off')); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Options });
