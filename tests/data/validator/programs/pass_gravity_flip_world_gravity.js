// Press UP or DOWN to turn gravity (strength 500) towards the ceiling or the floor; the box falls that way.
const GRAVITY = 500;
class Flip extends Phaser.Scene {
  constructor() { super('flip'); }
  preload() {}
  create() {
    this.box = this.add.rectangle(400, 300, 40, 40, 0x66ff99);
    this.physics.add.existing(this.box);
    this.box.body.setCollideWorldBounds(true);
    this.direction = 1;
    this.label = this.add.text(16, 16, 'gravity: down', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-UP', () => this.turn(-1));
    this.input.keyboard.on('keydown-DOWN', () => this.turn(1));
  }
  turn(dir) {
    if (dir === this.direction) return;
    this.direction *= -1;
    this.physics.world.gravity.y = GRAVITY * this.direction;
    this.label.setText('gravity: ' + (this.direction === 1 ? 'down' : 'up'));
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: GRAVITY } } }, scene: Flip });
