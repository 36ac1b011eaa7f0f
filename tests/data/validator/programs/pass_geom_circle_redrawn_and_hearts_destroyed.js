// An orange circle pulses in the middle; three hearts in the corner go away one by one, then GAME OVER.
class Pulse extends Phaser.Scene {
  constructor() { super('pulse'); }
  preload() {}
  create() {
    this.shape = new Phaser.Geom.Circle(400, 300, 50);
    this.g = this.add.graphics();
    this.tweens.add({
      targets: this.shape, radius: 110, duration: 800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut',
      onUpdate: () => this.g.clear().fillStyle(0xff8800, 1).fillCircleShape(this.shape),
    });
    this.hearts = this.add.group();
    for (let i = 0; i < 3; i++) this.hearts.add(this.add.star(30 + i * 36, 30, 5, 7, 14, 0xff3355));
    this.over = this.add.text(400, 520, 'GAME OVER', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5).setVisible(false);
    this.time.addEvent({ delay: 900, repeat: 2, callback: () => {
      const heart = this.hearts.getLast(true);
      this.hearts.remove(heart, true, true);
      if (this.hearts.getLength() === 0) this.over.setVisible(true);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pulse });
