// The right ways: lineStyle after every clear(), Phaser ease names, a panel drawn before its text, a PathFollower added
// with add.existing, an image made off the list to stamp into a render texture, a Graphics with a default line style.
class Fine extends Phaser.Scene {
  constructor() { super('fine'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillTriangle(0, 20, 10, 0, 20, 20);
    g.generateTexture('ship', 20, 20);
    g.destroy();
  }
  create() {
    this.add.rectangle(20, 20, 220, 50, 0x222244).setOrigin(0);
    this.label = this.add.text(40, 30, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.sweep = this.add.graphics();
    this.ring = this.add.graphics({ lineStyle: { width: 2, color: 0x00ff66 } });
    this.angle = 0;
    ['Quad.easeIn', 'Bounce.easeOut', 'Sine.easeInOut', 'Power2'].forEach((ease, i) => {
      this.tweens.add({ targets: this.add.rectangle(100, 150 + i * 100, 40, 40, 0x3399ff), x: 700, duration: 1500, ease, yoyo: true, repeat: -1 });
    });
    const path = new Phaser.Curves.Path(100, 550).lineTo(700, 550);
    this.ship = this.add.existing(new Phaser.GameObjects.PathFollower(this, path, 100, 550, 'ship'));
    this.ship.startFollow({ duration: 3000, repeat: -1 });
    const stamp = new Phaser.GameObjects.Image(this, 0, 0, 'ship');
    const rt = this.add.renderTexture(600, 80, 200, 100).setOrigin(0);
    for (let i = 0; i < 5; i++) rt.draw(stamp, i * 30, 40);
  }
  update(time, delta) {
    this.angle += 0.002 * delta;
    this.sweep.clear();
    this.sweep.lineStyle(3, 0x00ff66, 1);
    this.sweep.lineBetween(400, 300, 400 + Math.cos(this.angle) * 100, 300 + Math.sin(this.angle) * 100);
    this.ring.clear();
    this.ring.strokeCircle(400, 300, 100);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fine });
