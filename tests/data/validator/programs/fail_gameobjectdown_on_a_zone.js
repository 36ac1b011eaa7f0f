// Connect four: click a column to drop a disc of the player whose turn it is.
class Four extends Phaser.Scene {
  constructor() { super('four'); }
  preload() {}
  create() {
    this.turn = 0;
    this.heights = [0, 0, 0, 0, 0, 0, 0];
    this.add.rectangle(400, 330, 490, 420, 0x2244aa);
    for (let col = 0; col < 7; col++) {
      const zone = this.add.zone(190 + col * 70, 330, 70, 420).setInteractive();
      zone.setData('col', col);
      zone.on('gameobjectdown', (pointer, gameObject) => this.drop(gameObject.getData('col')));
    }
  }
  drop(col) {
    if (this.heights[col] >= 6) return;
    const row = this.heights[col]++;
    this.add.circle(190 + col * 70, 505 - row * 70, 28, this.turn ? 0xffdd22 : 0xee3333);
    this.turn = 1 - this.turn;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Four });
