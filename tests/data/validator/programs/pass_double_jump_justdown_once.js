// Double jump: SPACE jumps from the ground and once more in the air; the label shows the air jumps left.
class JumpTwiceScene extends Phaser.Scene {
  constructor() { super('jump2'); }
  preload() {}
  create() {
    this.ground = this.add.rectangle(400, 580, 800, 40, 0x4caf50);
    this.physics.add.existing(this.ground, true);
    this.hero = this.add.rectangle(200, 500, 30, 40, 0x42a5f5);
    this.physics.add.existing(this.hero);
    this.physics.add.collider(this.hero, this.ground);
    this.space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    this.airJumps = 1;
    this.label = this.add.text(16, 16, 'Air jumps: 1', { fontSize: '20px', color: '#ffffff' });
  }
  update() {
    const body = this.hero.body;
    const grounded = body.blocked.down || body.touching.down;
    if (grounded) this.airJumps = 1;
    const pressed = Phaser.Input.Keyboard.JustDown(this.space);
    if (pressed && grounded) {
      body.setVelocityY(-420);
    } else if (pressed && this.airJumps > 0) {
      body.setVelocityY(-380);
      this.airJumps -= 1;
    }
    this.label.setText('Air jumps: ' + this.airJumps);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: JumpTwiceScene });
