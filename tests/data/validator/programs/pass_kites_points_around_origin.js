// Five diamond kites in a row; each kite is its own Graphics so it can sway later
class KiteScene extends Phaser.Scene {
  diamond(cx, cy, w, h) {
    return [{ x: cx, y: cy - h / 2 }, { x: cx + w / 2, y: cy }, { x: cx, y: cy + h / 2 }, { x: cx - w / 2, y: cy }];
  }
  create() {
    this.kites = [];
    for (let i = 0; i < 5; i++) {
      const kx = 100 + i * 150;
      const ky = 200;
      const kite = this.add.graphics({ x: kx, y: ky });
      const shape = this.diamond(0, 0, 60, 90);
      kite.fillStyle(0xff8844, 1);
      kite.fillPoints(shape, true);
      this.kites.push(kite);
    }
    this.tweens.add({ targets: this.kites, angle: 8, duration: 900, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#88c8ff', scene: KiteScene });
