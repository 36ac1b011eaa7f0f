// Click anywhere to pin a round badge where you clicked
class BadgeScene extends Phaser.Scene {
  constructor() { super('badges'); }
  create() {
    this.count = 0;
    this.label = this.add.text(10, 10, 'Badges: 0', { fontSize: '18px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const badge = this.add.graphics();
      badge.setPosition(p.x, p.y);
      badge.fillStyle(0x33cc99, 1);
      badge.fillCircle(p.x, p.y, 20);
      badge.lineStyle(3, 0xffffff, 1);
      badge.strokeCircle(p.x, p.y, 20);
      this.count += 1;
      this.label.setText('Badges: ' + this.count);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#202830', scene: BadgeScene });
