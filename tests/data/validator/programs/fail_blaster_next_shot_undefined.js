// Hold the mouse button to fire a stream of shots upward, five per second
class Blaster extends Phaser.Scene {
  create() {
    this.gun = this.add.rectangle(400, 560, 40, 20, 0x88ff88);
    this.shots = this.add.group();
  }
  update(time, delta) {
    const pointer = this.input.activePointer;
    if (pointer.isDown && time > this.nextShot) {
      this.shots.add(this.add.rectangle(this.gun.x, 540, 4, 12, 0xffff00));
      this.nextShot = time + 200;
    }
    this.shots.getChildren().forEach((s) => { s.y -= 0.5 * delta; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Blaster });
