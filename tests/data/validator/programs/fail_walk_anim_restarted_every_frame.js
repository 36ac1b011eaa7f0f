// A robot walks left and right with the arrow keys, playing its walk cycle, and idles when no key is held.
class Walker extends Phaser.Scene {
  constructor() { super('walker'); }
  preload() {
    const colours = [0x66aaff, 0x4488dd, 0x2266bb, 0x4488dd];
    colours.forEach((c, i) => {
      const g = this.make.graphics({ add: false });
      g.fillStyle(c).fillRect(0, 0, 32, 48).fillStyle(0xffffff).fillRect(6 + i * 4, 10, 6, 6);
      g.generateTexture('robot' + i, 32, 48);
      g.destroy();
    });
  }
  create() {
    this.anims.create({ key: 'walk', frames: [0, 1, 2, 3].map((i) => ({ key: 'robot' + i })), frameRate: 8, repeat: -1 });
    this.anims.create({ key: 'idle', frames: [{ key: 'robot0' }, { key: 'robot1' }], frameRate: 2, repeat: -1 });
    this.robot = this.add.sprite(400, 300, 'robot0');
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) {
      this.robot.x -= 2;
      this.robot.play('walk');
    } else if (this.cursors.right.isDown) {
      this.robot.x += 2;
      this.robot.play('walk');
    } else {
      this.robot.play('idle');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202830', scene: Walker });
