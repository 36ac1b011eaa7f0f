// Swimming: inside the water the diver sinks slowly and UP swims upward; outside, normal gravity
class PoolScene extends Phaser.Scene {
  constructor() { super('pool'); }
  create() {
    this.add.rectangle(400, 450, 800, 300, 0x1565c0, 0.6);
    this.water = this.add.zone(400, 450, 800, 300);
    this.physics.add.existing(this.water, true);
    this.diver = this.physics.add.image(400, 100, null).setDisplaySize(30, 30).setCollideWorldBounds(true);
    this.inWater = false;
    this.physics.add.overlap(this.diver, this.water, () => { this.inWater = true; });
    this.keys = this.input.keyboard.createCursorKeys();
    this.status = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });
  }
  update() {
    this.inWater = false;
    const body = this.diver.body;
    if (this.inWater) {
      body.setAllowGravity(false);
      this.diver.setVelocityY(this.keys.up.isDown ? -120 : 40);
    } else {
      body.setAllowGravity(true);
    }
    this.diver.setVelocityX(this.keys.left.isDown ? -160 : this.keys.right.isDown ? 160 : 0);
    this.status.setText(this.inWater ? 'swimming' : 'falling');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: PoolScene });
