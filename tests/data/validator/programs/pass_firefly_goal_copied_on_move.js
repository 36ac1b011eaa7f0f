// A firefly glides after the mouse at 200 px per second
class Night extends Phaser.Scene {
  constructor() { super('night'); }
  create() {
    this.fly = this.add.circle(300, 200, 8, 0xfff176);
    this.goal = this.input.activePointer.position.clone();
    this.speed = 200;
    this.input.on('pointermove', (p) => this.goal.copy(p.position));
  }
  update(time, delta) {
    const d = Phaser.Math.Distance.Between(this.fly.x, this.fly.y, this.goal.x, this.goal.y);
    const step = this.speed * delta / 1000;
    if (d <= step) { this.fly.setPosition(this.goal.x, this.goal.y); return; }
    const a = Phaser.Math.Angle.Between(this.fly.x, this.fly.y, this.goal.x, this.goal.y);
    this.fly.x += Math.cos(a) * step;
    this.fly.y += Math.sin(a) * step;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#102027', scene: Night });
