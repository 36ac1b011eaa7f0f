// Left click fires a shot: pointer.button counts as the DOM's (0 left, 1 middle), so a left click never fires.
class Range extends Phaser.Scene {
  preload() {}
  create() {
    this.shots = this.add.group();
    this.input.on('pointerdown', (pointer) => {
      if (pointer.button === 1) {
        const s = this.add.circle(400, 560, 6, 0xffee55);
        this.shots.add(s);
        this.tweens.add({ targets: s, x: pointer.x, y: pointer.y, duration: 300 });
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Range });
