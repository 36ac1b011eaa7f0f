// Lunar lander: hold UP to fire the thruster; touching the pad slower than 120 px/s is a safe landing, faster is a crash
class Lander extends Phaser.Scene {
  create() {
    this.lander = this.add.rectangle(400, 80, 30, 30, 0xdddddd);
    this.pad = this.add.rectangle(400, 560, 160, 20, 0x44aa44);
    this.physics.add.existing(this.lander);
    this.physics.add.existing(this.pad, true);
    this.result = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.physics.add.collider(this.lander, this.pad, () => this.touchDown());
    this.up = this.input.keyboard.addKey('UP');
  }
  touchDown() {
    if (this.result.text) return;
    const speed = this.lander.body.velocity.y;
    this.result.setText(speed < 120 ? 'LANDED' : 'CRASHED');
  }
  update() {
    this.lander.body.setAccelerationY(this.up.isDown ? -400 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 150 } } }, scene: Lander });
