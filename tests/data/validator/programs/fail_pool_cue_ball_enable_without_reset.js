// Pool: the white ball rolls into the pocket; after a foul it comes back on its spot
const SPOT = { x: 150, y: 200 };
class Pool extends Phaser.Scene {
  constructor() { super('pool'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillCircle(10, 10, 10).generateTexture('cue', 20, 20);
    this.add.rectangle(300, 200, 560, 320, 0x2e7d32);
    this.pocket = this.add.circle(560, 200, 18, 0x000000);
    this.cue = this.physics.add.image(SPOT.x, SPOT.y, 'cue').setVelocity(300, 0);
    this.physics.add.existing(this.pocket, true);
    this.physics.add.overlap(this.cue, this.pocket, () => {
      this.cue.disableBody(true, true);
      this.time.delayedCall(500, () => this.cue.enableBody(false, SPOT.x, SPOT.y, true, true));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Pool });
