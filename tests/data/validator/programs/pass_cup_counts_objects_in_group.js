// Drop marbles into the cup at the bottom (click to drop one); a sensor in the cup counts each marble that lands.
class Cup extends Phaser.Scene {
  constructor() { super('cup'); }
  preload() {}
  create() {
    this.caught = 0;
    this.label = this.add.text(16, 16, 'Caught: 0', { fontSize: '22px', color: '#ffffff' });
    this.marbles = this.add.group();
    this.add.rectangle(400, 560, 160, 20, 0x8d6e63);
    this.cup = this.matter.add.rectangle(400, 545, 140, 20, { isStatic: true, isSensor: true });
    this.matter.add.rectangle(400, 590, 800, 20, { isStatic: true });
    this.input.on('pointerdown', (pointer) => {
      const m = this.add.circle(Phaser.Math.Clamp(pointer.x, 340, 460), 40, 10, 0x4fc3f7);
      this.matter.add.gameObject(m, { shape: { type: 'circle', radius: 10 } });
      this.marbles.add(m);
    });
    this.matter.world.on('collisionstart', (event) => {
      for (const { bodyA, bodyB } of event.pairs) {
        if (bodyA !== this.cup && bodyB !== this.cup) continue;
        const other = bodyA === this.cup ? bodyB : bodyA;
        if (this.marbles.contains(other.gameObject)) {
          this.caught += 1;
          this.label.setText('Caught: ' + this.caught);
        }
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Cup });
