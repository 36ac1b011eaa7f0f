// Reaction test: when the box turns green, click it as fast as you can; the best reaction time is shown
class Reaction extends Phaser.Scene {
  create() {
    this.best = 0;
    this.shownAt = 0;
    this.box = this.add.rectangle(400, 300, 200, 200, 0x992222).setInteractive();
    this.info = this.add.text(40, 40, 'Wait for green', { fontSize: '24px', color: '#ffffff' });
    this.time.addEvent({ delay: 1500, loop: true, callback: () => { this.box.setFillStyle(0x22aa44); this.shownAt = this.time.now; } });
    this.box.on('pointerdown', () => {
      const took = this.time.now - this.shownAt;
      this.best = Math.min(this.best, took);
      this.box.setFillStyle(0x992222);
      this.info.setText(`Last ${Math.round(took)} ms   best ${Math.round(this.best)} ms`);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Reaction });
