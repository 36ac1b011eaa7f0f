// Every 2 seconds a falling block drops from a random place at the top.
class RainScene extends Phaser.Scene {
  constructor() { super('rain'); }
  preload() {}
  create() {
    this.blocks = this.physics.add.group();
    this.time.delayedCall(2000, this.drop, [], this);
  }
  drop() {
    const block = this.add.rectangle(Phaser.Math.Between(30, 770), -20, 30, 30, 0x9966ff);
    this.blocks.add(block);
    block.body.setVelocityY(160);
    this.time.delayedCall(2000, this.drop, [], this);
  }
  update() {
    this.blocks.getChildren().forEach((b) => { if (b.y > 640) b.destroy(); });
  }
}
new Phaser.Game({
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: RainScene,
});
