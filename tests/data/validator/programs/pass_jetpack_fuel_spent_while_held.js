// Jetpack: hold UP to fly; each frame of thrust burns one unit of fuel (100 units), shown on screen
class Jet extends Phaser.Scene {
  constructor() { super('jet'); }
  create() {
    this.pilot = this.add.rectangle(300, 300, 20, 30, 0x90caf9);
    this.physics.add.existing(this.pilot);
    this.pilot.body.setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
    this.burned = 0;
    this.gauge = this.add.text(10, 10, 'fuel: 100', { color: '#ffffff' });
  }
  update() {
    if (this.keys.up.isDown && this.burned < 100) {
      this.pilot.body.setVelocityY(-160);
      this.burned++;
      this.gauge.setText('fuel: ' + (100 - this.burned));
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Jet });
