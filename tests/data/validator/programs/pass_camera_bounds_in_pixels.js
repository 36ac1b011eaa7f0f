// A 60x12 tile level the camera follows a runner through, the camera bounded by the map in pixels
const T = 32;

class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x335533).fillRect(0, 0, T, T).fillStyle(0x886644).fillRect(T, 0, T, T);
    g.generateTexture('ground', T * 2, T);
    const data = [];
    for (let r = 0; r < 12; r++) data.push(new Array(60).fill(r >= 10 ? 1 : -1));
    const map = this.make.tilemap({ data, tileWidth: T, tileHeight: T });
    map.createLayer(0, map.addTilesetImage('ground'), 0, 0);
    this.runner = this.add.rectangle(60, 290, 24, 40, 0xffcc00);
    this.cameras.main.setBounds(0, 0, map.widthInPixels, map.heightInPixels);
    this.cameras.main.startFollow(this.runner);
  }
  update(time, delta) {
    this.runner.x = Math.min(this.runner.x + 0.2 * delta, 60 * T - 20);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 384, backgroundColor: '#88ccff', scene: Level });
