// A lamp blinks on a loop: one blink (fade out and back in) takes 1.5 seconds
const BLINK_MS = 1500;
class Lamp extends Phaser.Scene {
  create() {
    const lamp = this.add.circle(400, 300, 60, 0xaa66ff);
    this.tweens.add({ targets: lamp, alpha: 0, duration: BLINK_MS, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lamp });
