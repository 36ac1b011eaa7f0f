// Every 1.5 seconds a red circle appears at a random place, at most 10; the round ends after 30 seconds.
class SpawnScene extends Phaser.Scene {
  constructor() { super('spawn'); }
  preload() {}
  create() {
    this.count = 0;
    this.label = this.add.text(10, 10, 'circles: 0', { fontSize: '20px', color: '#ffffff' });
    this.spawner = this.time.addEvent({ delay: 1500, loop: true, callback: this.spawnCircle, callbackScope: this });
    this.time.delayedCall(30000, () => this.label.setText('time is up'));
  }
  spawnCircle() {
    if (this.count >= 10) { this.spawner.remove(); return; }
    this.add.circle(Phaser.Math.Between(40, 760), Phaser.Math.Between(60, 560), 18, 0xff3333);
    this.count += 1;
    this.label.setText('circles: ' + this.count);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d1d2b', scene: SpawnScene });
