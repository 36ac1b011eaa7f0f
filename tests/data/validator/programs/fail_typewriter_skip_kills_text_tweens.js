// Dialogue: the line types out letter by letter; a click shows the whole line at once
const LINE = 'The old bridge is out. You will have to find another way across the river.';
class Talk extends Phaser.Scene {
  constructor() { super('talk'); }
  create() {
    this.add.rectangle(320, 300, 600, 100, 0x1a237e).setStrokeStyle(2, 0x9fa8da);
    this.msg = this.add.text(40, 260, '', { fontSize: '18px', color: '#ffffff', wordWrap: { width: 560 } });
    this.typing = this.tweens.addCounter({
      from: 0, to: LINE.length, duration: LINE.length * 50,
      onUpdate: (t) => this.msg.setText(LINE.slice(0, Math.floor(t.getValue()))),
    });
    this.input.on('pointerdown', () => {
      this.tweens.killTweensOf(this.msg);
      this.msg.setText(LINE);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#000000', scene: Talk });
