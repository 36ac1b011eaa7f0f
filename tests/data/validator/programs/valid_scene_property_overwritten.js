// The scene keeps its own `lights` array (overwriting the Lights plugin it does not use): push and forEach are the array's.
class Lamps extends Phaser.Scene {
  constructor() { super('lamps'); }
  preload() {}
  create() {
    this.lights = [];
    for (let i = 0; i < 5; i++) this.lights.push(this.add.circle(120 + i * 140, 300, 30, 0xffee88));
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.lights.forEach((l) => l.setAlpha(l.alpha > 0.5 ? 0.3 : 1)) });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lamps });
