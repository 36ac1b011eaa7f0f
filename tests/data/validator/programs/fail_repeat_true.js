// A tween with loop: true and a timer with repeat: true: both are counts, and true counts as 1, so they stop early.
class Loops extends Phaser.Scene {
  constructor() { super('loops'); }
  preload() {}
  create() {
    const box = this.add.rectangle(120, 300, 60, 60, 0xff8800);
    this.tweens.add({ targets: box, x: 680, duration: 700, yoyo: true, loop: true });
    this.ticks = 0;
    const label = this.add.text(16, 16, 'Ticks: 0', { fontSize: '20px' });
    this.time.addEvent({ delay: 300, repeat: true, callback: () => label.setText('Ticks: ' + ++this.ticks) });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Loops });
