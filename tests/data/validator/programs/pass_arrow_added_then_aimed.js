// Archer: click to shoot an arrow toward the nearest balloon; arrows pop balloons
class ArcheryScene extends Phaser.Scene {
  constructor() { super('archery'); }
  create() {
    this.archer = this.add.rectangle(60, 500, 30, 60, 0x8d6e63);
    this.balloons = this.physics.add.group({ allowGravity: false });
    for (let i = 0; i < 6; i++) this.balloons.create(400 + i * 60, 150 + (i % 3) * 90, null).setDisplaySize(30, 40).setTint(0xe91e63);
    this.arrows = this.physics.add.group({ allowGravity: false });
    this.physics.add.overlap(this.arrows, this.balloons, (arrow, balloon) => { arrow.destroy(); balloon.destroy(); });
    this.input.on('pointerdown', () => this.shoot());
  }
  shoot() {
    const target = this.physics.closest(this.archer, this.balloons.getChildren());
    if (!target) return;
    const arrow = this.physics.add.image(this.archer.x, this.archer.y - 20, null).setDisplaySize(24, 4);
    this.arrows.add(arrow);
    this.physics.moveToObject(arrow, target, 500);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#bbdefb', physics: { default: 'arcade' }, scene: ArcheryScene });
