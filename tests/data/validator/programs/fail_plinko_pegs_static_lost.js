// Discs drop through a field of pegs; each peg is made static and then given a round body with setCircle(), which
// builds a new body without the options, so the pegs are dynamic and fall with the discs.
class Plinko extends Phaser.Scene {
  constructor() { super('plinko'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillCircle(6, 6, 6);
    g.generateTexture('peg', 12, 12);
    g.clear().fillStyle(0xff7043, 1).fillCircle(12, 12, 12);
    g.generateTexture('disc', 24, 24);
    g.destroy();
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 9; col++) {
        this.matter.add.image(120 + col * 70 + (row % 2) * 35, 160 + row * 60, 'peg', null, { isStatic: true }).setCircle(6);
      }
    }
    this.time.addEvent({ delay: 600, loop: true, callback: () => this.matter.add.image(Phaser.Math.Between(200, 600), 40, 'disc').setCircle(12).setBounce(0.5) });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Plinko });
