// An air-hockey puck slides and bounces off the four edges of the table
class Table extends Phaser.Scene {
  constructor() { super('table'); }
  create() {
    this.puck = this.add.circle(300, 200, 16, 0xeeeeee);
    this.vel = new Phaser.Math.Vector2(220, 160);
  }
  update(time, delta) {
    const dt = delta / 1000;
    let { x: vx, y: vy } = this.vel;
    if (this.puck.x < 16 || this.puck.x > 584) vx = -vx;
    if (this.puck.y < 16 || this.puck.y > 384) vy = -vy;
    this.puck.x += vx * dt;
    this.puck.y += vy * dt;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#1b5e20', scene: Table });
