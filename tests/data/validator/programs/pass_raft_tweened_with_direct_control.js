// A raft glides left and right over the water on a tween and the frog rides it: the raft's body is under direct
// control, so Arcade reads its motion from the tween and carries the frog.
class River extends Phaser.Scene {
  constructor() { super('river'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x8d6e63, 1).fillRect(0, 0, 160, 20);
    g.generateTexture('raft', 160, 20);
    g.clear().fillStyle(0x7cb342, 1).fillRect(0, 0, 28, 28);
    g.generateTexture('frog', 28, 28);
    g.destroy();
    this.add.rectangle(400, 500, 800, 200, 0x1565c0);
    this.raft = this.physics.add.image(200, 380, 'raft');
    this.raft.setImmovable(true);
    this.raft.body.setAllowGravity(false);
    this.raft.body.setDirectControl(true);
    this.tweens.add({ targets: this.raft, x: 600, duration: 2000, yoyo: true, repeat: -1 });
    this.frog = this.physics.add.image(200, 340, 'frog');
    this.physics.add.collider(this.frog, this.raft);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa', physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: River });
