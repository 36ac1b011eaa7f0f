// Homing missile: press SPACE to launch a missile that steers toward the nearest drone
class Homing extends Phaser.Scene {
  constructor() { super('homing'); }
  create() {
    this.drones = this.physics.add.group();
    for (let i = 0; i < 5; i++) this.drones.add(this.add.circle(150 + i * 130, 120 + (i % 2) * 80, 16, 0xef5350));
    this.missiles = [];
    this.input.keyboard.on('keydown-SPACE', () => {
      const m = this.add.triangle(400, 560, 0, 20, 8, 0, 16, 20, 0xffee58);
      this.physics.add.existing(m);
      m.body.setVelocity(0, -120);
      this.missiles.push(m);
    });
  }
  update() {
    for (const m of this.missiles) {
      const target = this.physics.closest(m, this.drones.getChildren());
      if (target) this.physics.moveToObject(m, target, 220);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a', physics: { default: 'arcade' }, scene: Homing });
