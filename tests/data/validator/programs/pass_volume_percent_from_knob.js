// Drag the knob along the bar to set the volume from 0 to 100%; the value is shown above the bar
const LEFT = 200;
const WIDTH = 400;
class Volume extends Phaser.Scene {
  create() {
    this.add.rectangle(LEFT + WIDTH / 2, 300, WIDTH, 6, 0x888888);
    this.label = this.add.text(LEFT, 240, 'Volume: 50%', { fontSize: '24px', color: '#ffffff' });
    const knob = this.add.circle(LEFT + WIDTH / 2, 300, 14, 0xffffff).setInteractive({ draggable: true });
    knob.on('drag', (pointer, dragX) => {
      knob.x = Phaser.Math.Clamp(dragX, LEFT, LEFT + WIDTH);
      const percent = Math.round((knob.x - LEFT) / WIDTH * 100);
      this.label.setText('Volume: ' + percent + '%');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Volume });
