// A map made in Tiled, loaded from files: the runner serves placeholders, so the tileset's size says nothing
class Cave extends Phaser.Scene {
  constructor() { super('cave'); }
  preload() {
    this.load.image('cave-tiles', 'assets/cave.png');
    this.load.tilemapTiledJSON('cave', 'assets/cave.json');
  }
  create() {
    const map = this.make.tilemap({ key: 'cave' });
    const tiles = map.addTilesetImage('cave', 'cave-tiles');
    map.createLayer(0, tiles, 0, 0);
    this.add.text(16, 16, 'The cave', { fontSize: '20px', color: '#ffffff' });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Cave });
