// Jet: the jet (a body and a nozzle in a container) follows the mouse; a smoke trail streams from the nozzle
class Sky extends Phaser.Scene {
  constructor() { super('sky'); }
  create() {
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('puff', 8, 8);
    g.destroy();
    this.nozzle = this.add.rectangle(-30, 0, 10, 8, 0xff7043);
    this.jet = this.add.container(400, 300, [this.add.triangle(0, 0, -24, -14, 24, 0, -24, 14, 0xeceff1), this.nozzle]);
    this.add.particles(0, 0, 'puff', { follow: this.nozzle, lifespan: 800, speedX: { min: -80, max: -40 }, alpha: { start: 0.6, end: 0 }, frequency: 30 });
    this.input.on('pointermove', (p) => this.jet.setPosition(p.x, p.y));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#4fc3f7', scene: Sky });
