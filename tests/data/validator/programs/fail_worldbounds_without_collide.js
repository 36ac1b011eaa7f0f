// Click to fire a grey bullet upward at speed 300; bullets that leave the screen go back to the pool.
class Pool extends Phaser.Scene {
  constructor() { super('pool'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xaaaaaa).fillRect(0, 0, 6, 14);
    g.generateTexture('shot', 6, 14);
    g.destroy();
  }
  create() {
    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 10 });
    this.fired = this.add.text(10, 10, 'fired: 0', { color: '#ffffff' });
    this.count = 0;
    this.input.on('pointerdown', (pointer) => {
      const shot = this.shots.get(pointer.x, 560);
      if (!shot) return;
      shot.enableBody(true, pointer.x, 560, true, true);
      shot.body.onWorldBounds = true;
      shot.setVelocityY(-300);
      this.count += 1;
      this.fired.setText('fired: ' + this.count);
    });
    this.physics.world.on('worldbounds', (body) => this.shots.killAndHide(body.gameObject));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Pool });
