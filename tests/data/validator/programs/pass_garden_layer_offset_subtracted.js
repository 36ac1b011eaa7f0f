// 小花园：8x6 的地块地图放在画面中间，点击地块种花（地块变成花）
const SIZE = 32, LEFT = 144, TOP = 80;
class Garden extends Phaser.Scene {
  constructor() { super('garden'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6d4c41).fillRect(0, 0, SIZE, SIZE).fillStyle(0xec407a).fillRect(SIZE, 0, SIZE, SIZE).fillCircle(SIZE * 1.5, SIZE / 2, 10);
    g.generateTexture('soil', SIZE * 2, SIZE).destroy();
    const data = [];
    for (let r = 0; r < 6; r++) data.push([0, 0, 0, 0, 0, 0, 0, 0]);
    this.map = this.make.tilemap({ data, tileWidth: SIZE, tileHeight: SIZE });
    const tiles = this.map.addTilesetImage('soil');
    this.layer = this.map.createLayer(0, tiles, LEFT, TOP);
    this.count = 0;
    this.label = this.add.text(10, 10, 'flowers: 0', { fontSize: '16px', color: '#fff' });
    this.input.on('pointerdown', (pointer) => {
      const col = Math.floor((pointer.x - LEFT) / SIZE);
      const row = Math.floor((pointer.y - TOP) / SIZE);
      const tile = this.layer.getTileAt(col, row);
      if (!tile || tile.index === 1) return;
      this.layer.putTileAt(1, col, row);
      this.count += 1;
      this.label.setText('flowers: ' + this.count);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 544, height: 360, backgroundColor: '#2e7d32', scene: Garden });
