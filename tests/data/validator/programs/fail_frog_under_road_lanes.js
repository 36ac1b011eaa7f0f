// Frogger: hop the frog up with the arrow keys across a road of cars to the far pavement.
const W = 720, LANE = 60;
const laneY = (i) => 60 + i * LANE + LANE / 2;
class Road extends Phaser.Scene {
  constructor() { super('road'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x33cc33).fillRect(0, 0, 36, 36);
    g.generateTexture('frog', 36, 36);
    g.destroy();
  }
  create() {
    this.frog = this.physics.add.image(W / 2, laneY(6), 'frog');
    this.add.rectangle(W / 2, laneY(0), W, LANE, 0x777766);
    this.add.rectangle(W / 2, laneY(6), W, LANE, 0x777766);
    this.add.rectangle(W / 2, laneY(3), W, LANE * 5, 0x2b2b2b);
    this.cars = this.physics.add.group();
    for (let lane = 1; lane <= 5; lane++) {
      const car = this.add.rectangle(lane * 110, laneY(lane), 80, 40, 0xcc4444);
      this.cars.add(car);
      car.body.setVelocityX(lane % 2 ? 120 : -120);
    }
    this.physics.add.overlap(this.frog, this.cars, () => this.frog.setPosition(W / 2, laneY(6)));
    this.input.keyboard.on('keydown-UP', () => { this.frog.y -= LANE; });
    this.input.keyboard.on('keydown-DOWN', () => { this.frog.y = Math.min(laneY(6), this.frog.y + LANE); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: 540, physics: { default: 'arcade' }, scene: Road });
