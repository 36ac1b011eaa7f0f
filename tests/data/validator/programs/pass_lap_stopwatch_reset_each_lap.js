// Lap timer: SPACE marks a lap; the stopwatch starts over and the best lap is kept
class Laps extends Phaser.Scene {
  constructor() { super('laps'); }
  create() {
    this.best = null;
    this.watch = this.time.addEvent({ delay: 3600000 });
    this.text = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      const lap = this.watch.getElapsedSeconds();
      if (this.best === null || lap < this.best) this.best = lap;
      this.watch.reset({ delay: 3600000 });
    });
  }
  update() {
    this.text.setText('Lap: ' + this.watch.getElapsedSeconds().toFixed(2) + ' s\nBest: ' + (this.best === null ? '-' : this.best.toFixed(2) + ' s'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 160, backgroundColor: '#212121', scene: Laps });
