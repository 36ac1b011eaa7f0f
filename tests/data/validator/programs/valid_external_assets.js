// Loads the usual asset kinds; the validator answers each with a local placeholder that its loader accepts.
const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload: preload, create: create, update: update } };
let hero;
function preload() {
  this.load.atlas('hero', 'assets/hero.png', 'assets/hero.json');
  this.load.bitmapFont('pixel', 'assets/pixel.png', 'assets/pixel.xml');
  this.load.svg('logo', 'assets/logo.svg');
  this.load.json('level', 'assets/level.json');
  this.load.tilemapTiledJSON('map', 'assets/map.json');
  this.load.image('tiles', 'assets/tiles.png');
  this.load.audio('music', ['assets/music.ogg', 'assets/music.mp3']);
}
function create() {
  const map = this.make.tilemap({ key: 'map' });
  const tileset = map.addTilesetImage('tiles', 'tiles');
  map.createLayer(0, tileset, 0, 0);
  this.add.image(700, 80, 'logo').setScale(0.2);
  hero = this.add.sprite(400, 300, 'hero', 'hero_idle_0');
  this.anims.create({ key: 'walk', frames: this.anims.generateFrameNames('hero', { prefix: 'frame', start: 0, end: 3 }), frameRate: 8, repeat: -1 });
  hero.play('walk');
  this.add.bitmapText(20, 20, 'pixel', 'SCORE 0', 24);
  const level = this.cache.json.get('level');
  this.add.text(20, 60, 'level loaded: ' + (level ? 'yes' : 'no'), { fontSize: '18px' });
  this.sound.add('music', { loop: true }).play();
}
function update() {
  hero.x = 400 + Math.sin(this.time.now / 500) * 100;
}
new Phaser.Game(config);
