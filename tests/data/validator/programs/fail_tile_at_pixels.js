// getTileAt() is given pixel positions: it looks far outside the map, so the patrol turns round every frame
let map;
let slime;

function preload() {}

function create() {
  const data = [];
  for (let r = 0; r < 19; r++) data.push(new Array(25).fill(r === 15 ? 1 : 0));
  for (let c = 8; c < 25; c++) data[15][c] = 0;
  const g = this.add.graphics();
  g.fillStyle(0x557755).fillRect(0, 0, 32, 32);
  g.generateTexture('tiles', 64, 32);
  g.destroy();
  map = this.make.tilemap({ data, tileWidth: 32, tileHeight: 32 });
  const layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 0);
  layer.setCollision(1);
  slime = this.add.rectangle(100, 400, 24, 20, 0x66ff66);
  this.physics.add.existing(slime);
  slime.dir = 1;
  this.physics.add.collider(slime, layer);
}

function update() {
  const body = slime.body;
  if (!body.blocked.down) return;
  const aheadX = slime.dir > 0 ? body.right + 1 : body.left - 1;
  const below = map.getTileAt(aheadX, body.bottom + 1);
  if (!below || below.index !== 1) slime.dir = -slime.dir;
  body.setVelocityX(60 * slime.dir);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: { preload, create, update } });
