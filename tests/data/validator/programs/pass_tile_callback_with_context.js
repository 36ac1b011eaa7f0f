// Collect the 4 crystals lying on the cave floor with the arrow keys; the HUD counts them.
var T = 32;
var CRYSTAL = 1;
function collect(sprite, tile) {
  tile.tilemapLayer.removeTileAt(tile.x, tile.y);
  this.found += 1;
  this.hud.setText('Crystals: ' + this.found + '/4');
  return false;
}
var cave = {
  preload: function () {
    var g = this.make.graphics({ add: false });
    g.fillStyle(0x000000).fillRect(0, 0, T, T);
    g.fillStyle(0xe040fb).fillTriangle(T + 16, 4, T + 28, 16, T + 16, 28).fillTriangle(T + 16, 4, T + 4, 16, T + 16, 28);
    g.generateTexture('cave-tiles', 2 * T, T);
    g.clear().fillStyle(0x66bb6a).fillRect(0, 0, 20, 28).generateTexture('digger', 20, 28);
    g.destroy();
  },
  create: function () {
    var map = this.make.tilemap({ width: 25, height: 10, tileWidth: T, tileHeight: T });
    var tiles = map.addTilesetImage('cave-tiles');
    this.crystals = map.createBlankLayer('crystals', tiles);
    [[4, 5], [8, 5], [12, 5], [16, 5]].forEach(function (p) { this.crystals.putTileAt(CRYSTAL, p[0], p[1]); }, this);
    this.found = 0;
    this.hud = this.add.text(16, 16, 'Crystals: 0/4', { fontSize: '20px', color: '#ffffff' });
    this.crystals.setTileIndexCallback(CRYSTAL, collect, this);
    this.digger = this.physics.add.sprite(40, 176, 'digger');
    this.physics.add.overlap(this.digger, this.crystals);
    this.keys = this.input.keyboard.createCursorKeys();
  },
  update: function () {
    this.digger.setVelocityX(this.keys.right.isDown ? 180 : this.keys.left.isDown ? -180 : 0);
  }
};
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 320, physics: { default: 'arcade' }, scene: cave });
