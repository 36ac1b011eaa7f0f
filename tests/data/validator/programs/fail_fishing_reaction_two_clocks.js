// Fishing: a fish bites at a random moment; reel in (SPACE) within 600 ms of the bite to catch it
class Pond extends Phaser.Scene {
  constructor() { super('pond'); }
  create() {
    this.caught = 0;
    this.bob = this.add.circle(300, 220, 10, 0xff5252);
    this.info = this.add.text(10, 10, 'Caught: 0', { fontSize: '20px', color: '#ffffff' });
    this.biteAt = 0;
    this.waitForBite();
    this.input.keyboard.on('keydown-SPACE', () => {
      if (!this.biteAt) return;
      const reaction = Date.now() - this.biteAt;
      if (reaction <= 600) { this.caught++; this.info.setText('Caught: ' + this.caught); }
      this.biteAt = 0;
      this.bob.y = 220;
      this.waitForBite();
    });
  }
  waitForBite() {
    this.time.delayedCall(Phaser.Math.Between(1000, 2500), () => { this.biteAt = this.time.now; this.bob.y = 232; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#0277bd', scene: Pond });
