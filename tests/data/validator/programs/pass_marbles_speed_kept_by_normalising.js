// Marbles: 6 marbles roll around the box at a steady speed and bounce off the walls and off each other
class Marbles extends Phaser.Scene {
  constructor() { super('marbles'); }
  create() {
    this.marbles = this.physics.add.group({ bounceX: 1, bounceY: 1, collideWorldBounds: true });
    for (let i = 0; i < 6; i++) {
      const m = this.add.circle(80 + i * 80, 100 + (i % 3) * 80, 14, 0x4fc3f7);
      this.marbles.add(m);
      m.body.setCircle(14);
      const angle = Phaser.Math.FloatBetween(0, Math.PI * 2);
      m.body.setVelocity(Math.cos(angle) * 200, Math.sin(angle) * 200);
    }
    this.physics.add.collider(this.marbles, this.marbles);
  }
  update() {
    this.marbles.getChildren().forEach((m) => {
      // keep the speed steady
      m.body.velocity.normalize().scale(200);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Marbles });
