// A wall of bricks: click a brick three times to break it.
class Wall extends Phaser.Scene {
  constructor() { super('wall'); }
  preload() {}
  create() {
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 8; c++) {
        const brick = this.add.rectangle(120 + c * 80, 120 + r * 40, 72, 32, 0xcc6633).setInteractive();
        brick.setData('hp', 3);
        brick.on('pointerdown', () => {
          brick.data.hp -= 1;
          if (brick.data.hp <= 0) brick.destroy();
          else brick.setAlpha(brick.data.hp / 3);
        });
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Wall });
