// The spawner is built with new Phaser.Time.TimerEvent but never handed to this.time.addEvent: no circle ever appears.
class Spawner extends Phaser.Scene {
  constructor() { super('spawner'); }
  preload() {}
  create() {
    this.count = 0;
    this.spawner = new Phaser.Time.TimerEvent({
      delay: 300, loop: true, callbackScope: this,
      callback: () => { if (this.count++ < 10) this.add.circle(Phaser.Math.Between(50, 750), Phaser.Math.Between(50, 550), 15, 0xffff00); },
    });
    this.add.text(16, 16, 'Spawning...', { fontSize: '20px' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spawner });
