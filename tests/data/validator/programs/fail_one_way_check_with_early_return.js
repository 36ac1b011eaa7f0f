// Cloud platforms you can jump up through and stand on; hold DOWN to drop through
class CloudScene extends Phaser.Scene {
  constructor() { super('clouds'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillRoundedRect(0, 0, 160, 18, 9).generateTexture('cloud', 160, 18);
    g.clear().fillStyle(0xff8a65).fillRect(0, 0, 26, 38).generateTexture('jumper', 26, 38);
    g.destroy();
    this.clouds = this.physics.add.staticGroup();
    [[200, 460], [420, 360], [640, 260]].forEach(([x, y]) => this.clouds.create(x, y, 'cloud'));
    this.jumper = this.physics.add.sprite(200, 560, 'jumper').setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
    this.physics.add.collider(this.jumper, this.clouds, this.landOnCloud, null, this);
  }
  landOnCloud(jumper, cloud) {
    if (this.keys.down.isDown) return false;
    if (jumper.body.velocity.y < 0) return false;
    return jumper.body.bottom <= cloud.body.top + 10;
  }
  update() {
    this.jumper.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
    if (this.keys.up.isDown && (this.jumper.body.blocked.down || this.jumper.body.touching.down)) this.jumper.setVelocityY(-520);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#4fc3f7',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: CloudScene });
