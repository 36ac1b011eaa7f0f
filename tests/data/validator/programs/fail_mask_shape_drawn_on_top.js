// the spotlight's mask shape comes from this.add.graphics(): it is drawn too, a white disc over what it reveals
class Spot extends Phaser.Scene {
  preload() {}

  create() {
    for (let i = 0; i < 12; i++) this.add.rectangle(40 + i * 65, 300, 50, 400, i % 2 ? 0xff8844 : 0x4488ff);
    const picture = this.add.rectangle(400, 300, 800, 600, 0x226622);
    const shape = this.add.graphics();
    shape.fillStyle(0xffffff).fillCircle(0, 0, 90);
    picture.setMask(shape.createGeometryMask());
    this.input.on('pointermove', (p) => shape.setPosition(p.x, p.y));
    shape.setPosition(400, 300);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spot });
