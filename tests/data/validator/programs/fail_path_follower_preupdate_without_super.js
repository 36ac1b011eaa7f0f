// Slimes follow the winding path; each slime carries a small health bar above it.
class Slime extends Phaser.GameObjects.PathFollower {
  constructor(scene, path) {
    super(scene, path, 0, 0, '__WHITE');
    this.setDisplaySize(24, 24).setTint(0x55dd55);
    this.bar = scene.add.rectangle(0, 0, 24, 4, 0xff3333);
    scene.add.existing(this);
  }
  preUpdate(time, delta) {
    this.bar.setPosition(this.x, this.y - 18);
  }
}
class Track extends Phaser.Scene {
  constructor() { super('track'); }
  preload() {}
  create() {
    const path = new Phaser.Curves.Path(50, 100).lineTo(700, 100).lineTo(700, 500).lineTo(100, 500);
    path.draw(this.add.graphics().lineStyle(20, 0x775533));
    this.time.addEvent({ delay: 800, repeat: 4, callback: () => new Slime(this, path).startFollow({ duration: 9000 }) });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Track });
