// Defuse the bomb: click the three wires in the right order (red, blue, green) before the 15 s countdown ends
const ORDER = [0xff3333, 0x3366ff, 0x33cc33];
class Bomb extends Phaser.Scene {
  constructor() { super('bomb'); }
  create() {
    this.left = 15;
    this.step = 0;
    this.clock = this.add.text(200, 40, '15', { fontSize: '32px', color: '#ff4444' }).setOrigin(0.5);
    this.result = this.add.text(200, 250, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    [0x3366ff, 0xff3333, 0x33cc33].forEach((colour, i) => {
      const wire = this.add.rectangle(100 + i * 100, 150, 20, 100, colour).setInteractive();
      wire.on('pointerdown', () => this.cut(wire, colour));
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: this.tick, callbackScope: this });
  }
  tick() {
    this.left -= 1;
    this.clock.setText(String(Math.max(this.left, 0)));
    if (this.left === 0) this.finish('boom');
  }
  cut(wire, colour) {
    wire.disableInteractive().setAlpha(0.3);
    if (colour !== ORDER[this.step]) { this.finish('boom'); return; }
    this.step += 1;
    if (this.step === ORDER.length) this.finish('defused');
  }
  finish(how) {
    this.result.setText(how === 'defused' ? 'DEFUSED!' : 'BOOM!');
    this.cameras.main.flash(300, how === 'defused' ? 0 : 255, how === 'defused' ? 255 : 0, 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#222', scene: Bomb });
