// Billiards: drag back from the cue ball and release to shoot; the cloth slows every ball until it stops
class Pool extends Phaser.Scene {
  constructor() { super('pool'); }
  create() {
    this.physics.world.setBounds(40, 40, 560, 320);
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillCircle(12, 12, 12);
    g.generateTexture('ball', 24, 24);
    g.destroy();
    this.balls = this.physics.add.group();
    const colours = [0xffffff, 0xe53935, 0xfdd835, 0x1e88e5];
    colours.forEach((c, i) => {
      const b = this.balls.create(160 + i * 70, 200, 'ball').setTint(c);
      b.setCircle(12).setBounce(0.9).setCollideWorldBounds(true);
      b.setDamping(true).setDrag(0.4);
    });
    this.physics.add.collider(this.balls, this.balls);
    this.input.on('pointerup', (p) => {
      const cue = this.balls.getChildren()[0];
      cue.body.setVelocity((cue.x - p.x) * 3, (cue.y - p.y) * 3);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#1b5e20', physics: { default: 'arcade' }, scene: Pool });
