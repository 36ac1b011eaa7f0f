// Press SPACE on the beat (every 600 ms): within 80 ms is a HIT, otherwise a MISS
const BEAT_MS = 600;
const HIT_WINDOW = 80;
class Drum extends Phaser.Scene {
  create() {
    this.hits = 0;
    this.misses = 0;
    this.pad = this.add.circle(400, 300, 60, 0x884422);
    this.label = this.add.text(20, 20, 'Hits 0  Misses 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: BEAT_MS, loop: true, callback: () => this.tweens.add({ targets: this.pad, scale: 1.15, duration: 80, yoyo: true }) });
    this.input.keyboard.on('keydown-SPACE', () => this.strike());
  }
  strike() {
    const nearest = Math.round(this.time.now / BEAT_MS) * BEAT_MS;
    const offset = this.time.now - nearest;
    if (offset <= HIT_WINDOW) this.hits++;
    else this.misses++;
    this.label.setText('Hits ' + this.hits + '  Misses ' + this.misses);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Drum });
