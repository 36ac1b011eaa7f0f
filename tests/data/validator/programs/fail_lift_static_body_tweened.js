// Elevator: a lift moves up and down between two floors; the player rides it
class LiftScene extends Phaser.Scene {
  constructor() { super('lift'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffab40).fillRect(0, 0, 120, 20).generateTexture('lift', 120, 20);
    g.clear().fillStyle(0x8bc34a).fillRect(0, 0, 30, 40).generateTexture('rider', 30, 40);
    g.clear().fillStyle(0x5d4037).fillRect(0, 0, 300, 30).generateTexture('shelf', 300, 30);
    g.destroy();
  }
  create() {
    this.shelves = this.physics.add.staticGroup();
    this.shelves.create(150, 585, 'shelf');
    this.shelves.create(650, 200, 'shelf');
    this.lift = this.physics.add.staticImage(400, 560, 'lift');
    this.rider = this.physics.add.sprite(150, 520, 'rider');
    this.physics.add.collider(this.rider, this.shelves);
    this.physics.add.collider(this.rider, this.lift);
    // the lift goes up to the top shelf and back, forever
    this.tweens.add({ targets: this.lift, y: 200, duration: 2500, ease: 'Sine.easeInOut', yoyo: true, repeat: -1, hold: 800, repeatDelay: 800 });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.rider.setVelocityX(this.cursors.left.isDown ? -180 : this.cursors.right.isDown ? 180 : 0);
    if (this.cursors.up.isDown && this.rider.body.blocked.down) this.rider.setVelocityY(-400);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: LiftScene });
