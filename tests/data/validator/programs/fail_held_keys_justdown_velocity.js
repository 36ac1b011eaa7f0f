// Move a green tank with the arrow keys at 180 px/s while a key is held; it stops when the keys are released.
class TankScene extends Phaser.Scene {
  constructor() { super({ key: 'tank' }); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x43a047).fillRect(0, 0, 40, 30).fillStyle(0x1b5e20).fillRect(16, -2, 8, 18);
    g.generateTexture('tank', 40, 30);
    g.destroy();
  }
  create() {
    this.tank = this.physics.add.sprite(400, 300, 'tank').setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.add.text(16, 16, 'Arrow keys to drive', { fontSize: '18px', color: '#ffffff' });
  }
  update() {
    const { JustDown } = Phaser.Input.Keyboard;
    if (JustDown(this.cursors.left)) {
      this.tank.setVelocityX(-180);
    } else if (JustDown(this.cursors.right)) {
      this.tank.setVelocityX(180);
    } else {
      this.tank.setVelocityX(0);
    }
    if (this.cursors.up.isDown) this.tank.setVelocityY(-180);
    else if (this.cursors.down.isDown) this.tank.setVelocityY(180);
    else this.tank.setVelocityY(0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723',
  physics: { default: 'arcade' }, scene: [TankScene] });
