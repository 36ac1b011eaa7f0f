// Courier: click a spot to send the courier there; it moves at 160 and snaps onto the spot when it arrives
class Courier extends Phaser.Scene {
  constructor() { super('courier'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffb300).fillRect(0, 0, 20, 20).generateTexture('courier', 20, 20).destroy();
    this.courier = this.physics.add.sprite(100, 100, 'courier');
    this.target = null;
    this.input.on('pointerdown', (p) => { this.target = { x: p.worldX, y: p.worldY }; });
  }
  update(time, delta) {
    if (!this.target) { this.courier.setVelocity(0, 0); return; }
    const step = 160 * delta / 1000;
    if (Phaser.Math.Distance.Between(this.courier.x, this.courier.y, this.target.x, this.target.y) <= step + 1) {
      this.courier.body.reset(this.target.x, this.target.y);
      this.target = null;
    } else {
      this.physics.moveTo(this.courier, this.target.x, this.target.y, 160);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 320, backgroundColor: '#37474f', physics: { default: 'arcade' }, scene: Courier });
