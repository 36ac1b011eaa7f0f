// Platforms get dynamic bodies (physics.add.existing without isStatic) made immovable: gravity still pulls them, the level falls away.
class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    this.solids = [];
    [[400, 588, 800], [150, 460, 180], [650, 300, 180]].forEach(([x, y, w]) => {
      const rect = this.add.rectangle(x, y, w, 24, 0x795548);
      this.physics.add.existing(rect);
      rect.body.setImmovable(true);
      this.solids.push(rect);
    });
    this.player = this.add.rectangle(80, 500, 28, 42, 0x29b6f6);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, this.solids);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Level });
