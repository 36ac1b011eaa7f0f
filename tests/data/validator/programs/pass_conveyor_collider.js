// Conveyor belts: crates drop from the top left onto three grey belts that carry them right, left, right down to the bin.
class BeltScene extends Phaser.Scene {
  constructor() { super('belts'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x8d6e63).fillRect(0, 0, 28, 28).generateTexture('crate', 28, 28);
    g.clear().fillStyle(0x757575).fillRect(0, 0, 500, 14).generateTexture('belt', 500, 14);
    g.destroy();
  }
  create() {
    this.belts = this.physics.add.staticGroup();
    [[300, 160, 1], [500, 300, -1], [300, 440, 1]].forEach(([x, y, dir]) => this.belts.create(x, y, 'belt').setData('dir', dir));
    this.crates = this.physics.add.group();
    this.physics.add.collider(this.crates, this.belts, this.onBelt, null, this);
    this.time.addEvent({ delay: 900, loop: true, callback: () => this.crates.create(80, 40, 'crate') });
  }
  onBelt(crate, belt) {
    crate.setVelocityX(120 * belt.getData('dir'));
  }
  update() {
    this.crates.getChildren().forEach((c) => { if (c.y > 640) c.destroy(); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f',
  physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: BeltScene });
