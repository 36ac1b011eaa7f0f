// Click to send the rover there, in a 2400x1800 world the camera follows; the waypoint is kept in world coordinates
class Rover extends Phaser.Scene {
  constructor() { super('rover'); }
  preload() {}
  create() {
    this.cameras.main.setBounds(0, 0, 2400, 1800);
    for (let i = 0; i < 60; i++) this.add.circle(Phaser.Math.Between(0, 2400), Phaser.Math.Between(0, 1800), 8, 0x555566);
    this.rover = this.add.rectangle(1200, 900, 30, 20, 0xdddddd);
    this.cameras.main.startFollow(this.rover);
    this.target = null;
    this.input.on('pointerdown', (pointer) => {
      this.target = new Phaser.Math.Vector2(pointer.worldX, pointer.worldY);
    });
  }
  update(time, delta) {
    if (!this.target) return;
    if (Phaser.Math.Distance.Between(this.rover.x, this.rover.y, this.target.x, this.target.y) < 4) { this.target = null; return; }
    const angle = Phaser.Math.Angle.Between(this.rover.x, this.rover.y, this.target.x, this.target.y);
    this.rover.x += Math.cos(angle) * 0.2 * delta;
    this.rover.y += Math.sin(angle) * 0.2 * delta;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3a2a20', scene: Rover });
