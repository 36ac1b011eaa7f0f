// A balloon rises from the ground and the camera follows it up; the camera's bounds run downwards from y = 0, so the
// camera stops at the top of them and the balloon floats out of the view.
class BalloonRise extends Phaser.Scene {
  constructor() { super('balloon'); }
  preload() {}
  create() {
    const sky = this.add.graphics();
    for (let i = 0; i < 30; i++) {
      sky.fillStyle(0xffffff, 0.6).fillEllipse(Phaser.Math.Between(40, 760), 560 - i * 120, 90, 30);
    }
    this.add.rectangle(400, 590, 800, 20, 0x4e8d3a);
    this.balloon = this.add.ellipse(400, 520, 40, 52, 0xe63946);
    this.cameras.main.setBounds(0, 0, 800, 2400);
    this.cameras.main.startFollow(this.balloon);
    this.height = this.add.text(16, 16, 'Height: 0 m', { fontSize: '20px', color: '#1d3557' }).setScrollFactor(0);
  }
  update(time, delta) {
    this.balloon.y -= 0.35 * delta;
    this.height.setText('Height: ' + Math.round((520 - this.balloon.y) / 10) + ' m');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#a8dadc', scene: BalloonRise });
