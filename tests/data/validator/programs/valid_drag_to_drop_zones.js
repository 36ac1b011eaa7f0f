// Two drop zones and two draggable tokens: each drop snaps the token into the zone and counts it.
class DropScene extends Phaser.Scene {
  preload() {}

  create() {
    this.dropped = { left: 0, right: 0 };
    const left = this.add.zone(200, 480, 180, 120).setRectangleDropZone(180, 120).setName('left');
    const right = this.add.zone(600, 480, 180, 120).setRectangleDropZone(180, 120).setName('right');
    for (const z of [left, right]) this.add.rectangle(z.x, z.y, z.width, z.height).setStrokeStyle(2, 0xffff00);
    for (const [x, colour] of [[300, 0xff6666], [500, 0x66ff66]]) {
      const token = this.add.circle(x, 150, 30, colour).setInteractive({ draggable: true });
      token.setData('home', { x, y: 150 });
    }
    this.label = this.add.text(20, 20, 'drop the tokens', { fontSize: '20px', color: '#ffffff' });
    this.input.on('drag', (pointer, obj, x, y) => obj.setPosition(x, y));
    this.input.on('drop', (pointer, obj, zone) => {
      obj.setPosition(zone.x, zone.y);
      this.dropped[zone.name] += 1;
      this.label.setText(`left ${this.dropped.left}  right ${this.dropped.right}`);
    });
    this.input.on('dragend', (pointer, obj, dropped) => {
      if (!dropped) obj.setPosition(obj.getData('home').x, obj.getData('home').y);
    });
  }

  update() {}
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: DropScene });
