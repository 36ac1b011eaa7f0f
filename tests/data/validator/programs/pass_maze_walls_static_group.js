// A small maze of purple wall blocks; the yellow player (arrow keys, 160 px/s) walks the corridors and is stopped by the walls.
const MAP = ['##########', '#........#', '#.##.###.#', '#.#....#.#', '#.#.##.#.#', '#...#....#', '##########'];
class MazeScene extends Phaser.Scene {
  constructor() { super('maze'); }
  preload() {}
  create() {
    this.walls = this.physics.add.staticGroup();
    MAP.forEach((row, r) => [...row].forEach((ch, c) => {
      if (ch === '#') this.walls.add(this.add.rectangle(100 + c * 60, 90 + r * 60, 60, 60, 0x7b1fa2));
    }));
    this.player = this.add.circle(160, 150, 16, 0xffeb3b);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, this.walls);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.player.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-160);
    else if (this.cursors.right.isDown) body.setVelocityX(160);
    if (this.cursors.up.isDown) body.setVelocityY(-160);
    else if (this.cursors.down.isDown) body.setVelocityY(160);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', physics: { default: 'arcade' }, scene: MazeScene });
