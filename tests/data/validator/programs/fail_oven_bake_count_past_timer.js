// Bake 8 cookies, one per second; when all are baked, say so
const BATCH = 8;
class Oven extends Phaser.Scene {
  create() {
    this.baked = 0;
    this.label = this.add.text(20, 20, 'Baked: 0 / 8', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, repeat: BATCH - 1, callback: () => {
      this.baked += 1;
      this.label.setText('Baked: ' + this.baked + ' / ' + BATCH);
      if (this.baked > BATCH) this.label.setText('All cookies are ready!');
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Oven });
