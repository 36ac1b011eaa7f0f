// Click the target: the screen flashes red and fades back over about half a second
class Range extends Phaser.Scene {
  constructor() { super('range'); }
  create() {
    this.flash = 0;
    this.hits = 0;
    this.target = this.add.circle(320, 240, 50, 0xffcc00).setInteractive();
    this.overlay = this.add.rectangle(320, 240, 640, 480, 0xff0000).setAlpha(0);
    this.label = this.add.text(12, 12, 'hits: 0', { fontSize: '18px', color: '#ffffff' });
    this.target.on('pointerdown', () => {
      this.hits += 1;
      this.label.setText('hits: ' + this.hits);
      this.flash = 0.6;
    });
  }
  update(time, delta) {
    // fade out at 2 per second
    this.flash = Math.max(0, this.flash - delta * 2);
    this.overlay.setAlpha(this.flash);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#1b1b1b', scene: [Range] });
