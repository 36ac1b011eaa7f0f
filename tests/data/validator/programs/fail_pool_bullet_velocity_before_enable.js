// Turret: SPACE fires a bullet upward from the turret (pool of 8); bullets that leave the screen go back to the pool
class Turret extends Phaser.Scene {
  constructor() { super('turret'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xfff176).fillRect(0, 0, 6, 14).generateTexture('shot', 6, 14);
    g.clear().fillStyle(0x4fc3f7).fillRect(0, 0, 48, 24).generateTexture('turret', 48, 24);
    g.destroy();
  }
  create() {
    this.turret = this.add.image(400, 560, 'turret');
    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 8 });
    this.fired = 0;
    this.label = this.add.text(16, 16, 'Fired: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => this.fire());
  }
  fire() {
    const shot = this.shots.get(this.turret.x, this.turret.y - 20);
    if (!shot) return;
    shot.setVelocityY(-420);
    shot.enableBody(true, this.turret.x, this.turret.y - 20, true, true);
    this.fired += 1;
    this.label.setText('Fired: ' + this.fired);
  }
  update() {
    this.shots.children.each((s) => { if (s.active && s.y < -20) s.disableBody(true, true); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a',
  physics: { default: 'arcade' }, scene: Turret });
