// A wrecking ball on a chain swings into a tower of blocks; the ball's picture follows its Matter body every frame.
class Wreck extends Phaser.Scene {
  constructor() { super('wreck'); }
  preload() {}
  create() {
    this.links = [];
    this.ballBody = this.matter.add.circle(250, 300, 30, { density: 0.02, frictionAir: 0.001 });
    this.ballView = this.add.circle(250, 300, 30, 0x546e7a);
    this.links.push({ body: this.ballBody, view: this.ballView });
    this.matter.add.worldConstraint(this.ballBody, 260, 1, { pointA: { x: 400, y: 40 } });
    this.matter.body.setVelocity(this.ballBody, { x: -14, y: 0 });
    for (let i = 0; i < 6; i++) {
      const block = this.add.rectangle(560, 560 - i * 40, 60, 38, 0xef5350);
      this.matter.add.gameObject(block);
    }
    this.matter.add.rectangle(400, 590, 800, 20, { isStatic: true });
    this.add.rectangle(400, 590, 800, 20, 0x33691e);
  }
  update() {
    for (const { body, view } of this.links) {
      view.setPosition(body.position.x, body.position.y);
      view.setRotation(body.angle);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Wreck });
