// Volume slider: drag the knob along the track; the label shows the volume from 0 to 100%
const TRACK_LEFT = 200, TRACK_LEN = 400;
class Settings extends Phaser.Scene {
  constructor() { super('settings'); }
  create() {
    this.add.rectangle(TRACK_LEFT + TRACK_LEN / 2, 300, TRACK_LEN, 8, 0x90a4ae);
    this.knob = this.add.circle(TRACK_LEFT + TRACK_LEN / 2, 300, 16, 0x29b6f6).setInteractive({ draggable: true });
    this.label = this.add.text(400, 240, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.knob.on('drag', (pointer, dragX) => {
      this.knob.x = Phaser.Math.Clamp(dragX, TRACK_LEFT, TRACK_LEFT + TRACK_LEN);
      this.refresh();
    });
    this.refresh();
  }
  refresh() {
    const volume = Phaser.Math.Percent(this.knob.x, TRACK_LEFT, TRACK_LEFT + TRACK_LEN);
    this.sound.volume = volume;
    this.label.setText('Volume ' + Math.round(volume * 100) + '%');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Settings });
