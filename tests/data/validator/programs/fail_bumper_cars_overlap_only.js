// Bumper cars: 5 cars drive around the rink and bounce off the rails and off each other
class Rink extends Phaser.Scene {
  constructor() { super('rink'); }
  create() {
    this.cars = this.physics.add.group({ collideWorldBounds: true, bounceX: 1, bounceY: 1 });
    for (let i = 0; i < 5; i++) {
      const car = this.add.rectangle(100 + i * 100, 200, 36, 22, [0xef5350, 0x42a5f5, 0x66bb6a, 0xffca28, 0xab47bc][i]);
      this.cars.add(car);
      car.body.setVelocity(Phaser.Math.Between(-160, 160), Phaser.Math.Between(-160, 160));
    }
    this.bumps = 0;
    this.label = this.add.text(10, 10, 'bumps: 0', { color: '#ffffff' });
    this.physics.add.overlap(this.cars, this.cars, () => { this.bumps++; this.label.setText('bumps: ' + this.bumps); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Rink });
