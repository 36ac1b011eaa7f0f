// Beetles patrol the platforms and turn round at each ledge instead of walking off.
class Beetles extends Phaser.Scene {
  constructor() { super('beetles'); }
  preload() {}
  create() {
    this.ground = this.physics.add.staticGroup();
    [[200, 500, 300], [600, 400, 260]].forEach(([x, y, w]) => this.ground.add(this.add.rectangle(x, y, w, 20, 0x795548)));
    this.beetles = this.physics.add.group();
    [[200, 470], [600, 370]].forEach(([x, y]) => {
      const b = this.add.rectangle(x, y, 26, 16, 0xe53935);
      this.beetles.add(b);
      b.body.setVelocityX(70);
    });
    this.physics.add.collider(this.beetles, this.ground);
  }
  groundAhead(beetle) {
    const dir = beetle.body.velocity.x >= 0 ? 1 : -1;
    const x = dir > 0 ? beetle.body.right + 2 : beetle.body.left - 6;
    return this.physics.overlapRect(x, beetle.body.bottom + 2, 4, 6, false, true).length > 0;
  }
  update() {
    this.beetles.getChildren().forEach((b) => {
      if (b.body.blocked.down && !this.groundAhead(b)) b.body.setVelocityX(-b.body.velocity.x || 70);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: Beetles });
