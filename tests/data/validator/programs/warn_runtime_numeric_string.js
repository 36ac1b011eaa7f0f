// Settings read as text (as from a form or a query string): '0.6' for an alpha works, since Phaser's arithmetic
// turns it into a number, but a number is what setAlpha() documents. A warning, not a rejection.
const SETTINGS = { alpha: '0.6', size: 80 };

function setting(name) { return SETTINGS[name]; }

class FadeScene extends Phaser.Scene {
  preload() {}

  create() {
    const square = this.add.rectangle(400, 300, setting('size'), setting('size'), 0xff6699);
    square.setAlpha(setting('alpha'));
    this.add.text(20, 20, 'Half visible', { fontSize: '20px', color: '#ffffff' });
    this.tweens.add({ targets: square, angle: 360, duration: 2000, repeat: -1 });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: FadeScene });
