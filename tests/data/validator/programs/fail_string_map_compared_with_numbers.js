// A level built from a map: 1 is a brick, 2 is a coin; the player walks and jumps over the bricks.
const MAP = [
  '0000000000',
  '0000220000',
  '0001111000',
  '2200000022',
  '1111111111',
];
const TILE = 80;
class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    this.bricks = this.physics.add.staticGroup();
    this.coins = this.physics.add.staticGroup();
    for (let r = 0; r < MAP.length; r++) {
      for (let c = 0; c < MAP[r].length; c++) {
        const cell = MAP[r][c];
        if (cell === 1) this.bricks.add(this.add.rectangle(c * TILE + 40, r * TILE + 200, TILE, TILE, 0x885533));
        else if (cell === 2) this.coins.add(this.add.circle(c * TILE + 40, r * TILE + 200, 14, 0xffdd00));
      }
    }
    this.player = this.add.rectangle(100, 100, 30, 44, 0x66ccff);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, this.bricks);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Level });
