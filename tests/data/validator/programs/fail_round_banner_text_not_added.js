// A "Round N" banner pops in every second over a field of drifting dots; the banner is made with
// new Phaser.GameObjects.Text and never added to the scene, so it is never drawn.
class Rounds extends Phaser.Scene {
  constructor() { super('rounds'); }
  preload() {}
  create() {
    this.round = 1;
    this.dots = [];
    for (let i = 0; i < 20; i++) this.dots.push(this.add.circle(Phaser.Math.Between(0, 800), Phaser.Math.Between(100, 600), 8, 0x8ecae6));
    this.banner = new Phaser.GameObjects.Text(this, 400, 50, 'Round 1', { fontSize: '40px', color: '#ffb703' }).setOrigin(0.5);
    this.time.addEvent({ delay: 1000, loop: true, callback: this.nextRound, callbackScope: this });
  }
  nextRound() {
    this.round++;
    this.banner.setText('Round ' + this.round).setScale(1.4);
    this.tweens.add({ targets: this.banner, scale: 1, duration: 300, ease: 'Back.Out' });
  }
  update(time, delta) {
    this.dots.forEach((d) => { d.x = (d.x + 0.05 * delta) % 800; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#023047', scene: Rounds });
