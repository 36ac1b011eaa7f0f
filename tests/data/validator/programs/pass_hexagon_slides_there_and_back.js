// Tween animation: move a hexagon from left to right in 2.5 seconds, then back again, looping forever
class Slide extends Phaser.Scene {
  create() {
    const hex = this.add.polygon(100, 300, [30, 0, 60, 17, 60, 52, 30, 69, 0, 52, 0, 17], 0x44dd88);
    this.tweens.add({ targets: hex, x: 700, duration: 2500, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slide });
