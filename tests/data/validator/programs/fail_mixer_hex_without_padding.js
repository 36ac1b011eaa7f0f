// Colour mixer: UP and DOWN change the green channel by 4; the swatch and its #RRGGBB code show the mixed colour
class Mixer extends Phaser.Scene {
  create() {
    this.rgb = [255, 8, 64];
    this.swatch = this.add.rectangle(400, 300, 200, 200, 0xffffff);
    this.code = this.add.text(320, 440, '', { fontSize: '28px', color: '#ffffff' });
    this.input.keyboard.on('keydown-UP', () => this.shift(4));
    this.input.keyboard.on('keydown-DOWN', () => this.shift(-4));
    this.shift(0);
  }
  shift(step) {
    this.rgb[1] = Phaser.Math.Clamp(this.rgb[1] + step, 0, 255);
    const hex = this.rgb.map((v) => v.toString(16)).join('');
    this.code.setText('#' + hex.toUpperCase());
    this.swatch.setFillStyle(parseInt(hex, 16));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Mixer });
