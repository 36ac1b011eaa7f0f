// Every half second a bubble appears at a random place, up to 5 bubbles in all
const MAX_BUBBLES = 5;
class Bubbles extends Phaser.Scene {
  create() {
    this.bubbles = this.add.group();
    this.timer = this.time.addEvent({ delay: 500, loop: true, callback: this.spawn, callbackScope: this });
  }
  spawn() {
    if (this.bubbles.getLength() >= MAX_BUBBLES) {
      this.timer.remove();
      return;
    }
    this.bubbles.add(this.add.circle(Phaser.Math.Between(50, 750), Phaser.Math.Between(50, 550), 20, 0x66ccff));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bubbles });
