// Every 1.5 seconds a red circle appears at a random place, at most 10.
class SpawnScene extends Phaser.Scene {
  constructor() { super('spawn'); }
  preload() {}
  create() {
    this.count = 0;
    this.label = this.add.text(10, 10, 'circles: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.delayedCall(1500, this.spawnCircle, [], this);
  }
  spawnCircle() {
    if (this.count >= 10) return;
    const x = Phaser.Math.Between(40, 760);
    const y = Phaser.Math.Between(60, 560);
    this.add.circle(x, y, 18, 0xff3333);
    this.count += 1;
    this.label.setText('circles: ' + this.count);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d1d2b', scene: SpawnScene });
