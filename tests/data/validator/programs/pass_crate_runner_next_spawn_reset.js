// Crate runner: crates come from the right, sooner and sooner; jump with SPACE; hit one and press R to run again
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  create() {
    this.hero = this.add.rectangle(80, 300, 24, 24, 0x4dd0e1);
    this.crates = [];
    this.nextSpawn = 1200;
    this.clock = 0;
    this.add.text(10, 10, 'first crate in ' + this.nextSpawn + ' ms', { fontSize: '14px', color: '#fff' });
    this.dead = false;
    this.input.keyboard.on('keydown-R', () => { if (this.dead) this.scene.restart(); });
  }
  update(time, delta) {
    if (this.dead) return;
    this.clock += delta;
    if (this.clock >= this.nextSpawn) {
      this.clock = 0;
      this.nextSpawn = Math.max(400, this.nextSpawn - 50);
      this.crates.push(this.add.rectangle(660, 300, 24, 24, 0x8d6e63));
    }
    this.crates.forEach((c) => { c.x -= 200 * delta / 1000; });
    if (this.crates.some((c) => Math.abs(c.x - this.hero.x) < 20)) {
      this.dead = true;
      this.add.text(320, 150, 'crash! R to run again', { fontSize: '22px', color: '#fff' }).setOrigin(0.5);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#37474f', scene: Crates });
