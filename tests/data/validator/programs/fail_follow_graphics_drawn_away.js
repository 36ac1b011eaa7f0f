// The camera keeps a red ball centred while it rolls right across a 3000 px world (the ground is striped so the motion shows).
class RollScene extends Phaser.Scene {
  constructor() { super('roll'); }
  preload() {}
  create() {
    for (let x = 0; x < 3000; x += 100) this.add.rectangle(x + 50, 560, 96, 40, x % 200 ? 0x558b2f : 0x33691e);
    this.ball = this.add.graphics();
    this.ball.fillStyle(0xe53935, 1);
    this.ball.fillCircle(400, 300, 30);
    this.cameras.main.setBounds(0, 0, 3000, 600);
    this.cameras.main.startFollow(this.ball, true);
  }
  update(time, delta) {
    this.ball.x = (this.ball.x + 0.15 * delta) % 2400;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#90caf9', scene: RollScene });
