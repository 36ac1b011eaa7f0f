// Breakable walls: walk with the arrow keys; press SPACE next to a cracked wall (brown) to break it and walk through
const T = 50;
const LEVEL = [[1, 1, 1, 1, 1, 1, 1, 1], [1, 0, 0, 2, 0, 0, 0, 1], [1, 0, 1, 1, 1, 2, 0, 1], [1, 1, 1, 1, 1, 1, 1, 1]];
class Walls extends Phaser.Scene {
  constructor() { super('walls'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x424242).fillRect(0, 0, T, T).fillStyle(0x607d8b).fillRect(T, 0, T, T).fillStyle(0x8d6e63).fillRect(T * 2, 0, T, T);
    g.generateTexture('walls', T * 3, T).destroy();
  }
  create() {
    this.map = this.make.tilemap({ data: LEVEL, tileWidth: T, tileHeight: T });
    this.layer = this.map.createLayer(0, this.map.addTilesetImage('walls'), 100, 100);
    this.layer.setCollision([1, 2]);
    this.hero = this.add.circle(100 + T * 1.5, 100 + T * 1.5, 16, 0xffeb3b);
    this.physics.add.existing(this.hero);
    this.physics.add.collider(this.hero, this.layer);
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => {
      const around = this.layer.getTilesWithinWorldXY(this.hero.x - T, this.hero.y - T, T * 2, T * 2);
      for (const tile of around) if (tile.index === 2) tile.index = 0;
    });
  }
  update() {
    const k = this.keys;
    this.hero.body.setVelocity(k.left.isDown ? -120 : k.right.isDown ? 120 : 0, k.up.isDown ? -120 : k.down.isDown ? 120 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', physics: { default: 'arcade' }, scene: Walls });
