// Creeps enter at the left end of the path every second and each walks right on its own at 80 px/s.
const PATH = [{ x: 0, y: 100 }, { x: 300, y: 100 }];
class S extends Phaser.Scene {
  create() { this.creeps = []; this.time.addEvent({ delay: 1000, loop: true, callback: () => this.creeps.push({ pos: PATH[0], img: this.add.circle(0, 100, 8, 0xffffff) }) }); }
  update(t, dt) { for (const c of this.creeps) { c.pos.x += 0.08 * dt; c.img.x = c.pos.x; } }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: S });
