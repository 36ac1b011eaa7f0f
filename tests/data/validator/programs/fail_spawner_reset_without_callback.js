// Rocks fall faster and faster: every 5 rocks the spawn delay shrinks with reset({ delay }), which drops the callback
class Rocks extends Phaser.Scene {
  constructor() { super('rocks'); }
  preload() {}
  create() {
    this.count = 0;
    this.delay = 800;
    this.label = this.add.text(20, 20, 'Rocks: 0', { fontSize: '22px', color: '#ffffff' });
    this.spawner = this.time.addEvent({ delay: this.delay, loop: true, callback: this.spawn, callbackScope: this });
  }
  spawn() {
    this.count += 1;
    this.label.setText('Rocks: ' + this.count);
    const rock = this.add.circle(Phaser.Math.Between(40, 760), -20, 16, 0x998877);
    this.tweens.add({ targets: rock, y: 640, duration: 2000, onComplete: () => rock.destroy() });
    if (this.count % 5 === 0) {
      this.delay = Math.max(200, this.delay - 100);
      this.spawner.reset({ delay: this.delay });
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: Rocks });
