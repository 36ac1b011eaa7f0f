// Drag the slider to set kilometres; the distance in miles is shown with two decimals
class Miles extends Phaser.Scene {
  create() {
    this.add.rectangle(400, 300, 500, 6, 0x888888);
    this.knob = this.add.circle(150, 300, 16, 0x33aaff).setInteractive({ draggable: true });
    this.out = this.add.text(150, 200, '', { fontSize: '28px', color: '#ffffff' });
    this.knob.on('drag', (pointer, x) => { this.knob.x = Phaser.Math.Clamp(x, 150, 650); this.show(); });
    this.show();
  }
  show() {
    const km = (this.knob.x - 150) / 500 * 20;
    const miles = Phaser.Math.RoundTo(km * 0.621371, -2).toFixed(2);
    this.out.setText(km.toFixed(1) + ' km = ' + miles + ' miles');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Miles });
