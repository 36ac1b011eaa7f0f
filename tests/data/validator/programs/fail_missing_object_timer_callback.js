// The spawn timer's callback is a misspelt method (this.spwanEnemy): Phaser's timer takes undefined and fires into
// nothing, so no enemy ever appears.
class WaveScene extends Phaser.Scene {
  constructor() { super('wave'); }
  preload() {}
  create() {
    this.enemies = this.add.group();
    this.add.rectangle(400, 560, 60, 20, 0x52b788);
    this.time.addEvent({ delay: 800, callback: this.spwanEnemy, callbackScope: this, loop: true });
  }
  spawnEnemy() {
    this.enemies.add(this.add.circle(Phaser.Math.Between(40, 760), 0, 14, 0xef476f));
  }
  update() {
    this.enemies.getChildren().forEach((e) => { e.y += 3; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#081c15', scene: WaveScene });
