// Numbers written as strings where every renderer turns them back into numbers (a multiplication, not a sum):
// an origin, a circle's radius in Graphics, a scale. Warnings at most, never a rejection.
class BadgeScene extends Phaser.Scene {
  constructor() {
    super('badge');
  }

  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffcc00, 1);
    g.fillCircle(400, 300, '60');
    this.label = this.add.text(400, 300, '1st', { fontSize: '28px', color: '#000000' }).setOrigin('0.5');
    this.label.setScale('1.5');
  }

  update(time) {
    this.label.angle = Math.sin(time / 500) * 5;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#203040', scene: BadgeScene });
