// Defuse the bomb by clicking it before the 10 second countdown ends
class Bomb extends Phaser.Scene {
  create() {
    this.left = 10;
    this.label = this.add.text(400, 80, '10', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    const bomb = this.add.circle(400, 320, 50, 0x222222).setInteractive();
    bomb.on('pointerdown', () => { this.finished = true; this.label.setText('Defused!'); bomb.disableInteractive(); });
    this.time.addEvent({ delay: 1000, repeat: 9, callback: () => this.tick() });
  }
  tick() {
    if (this.finished) return;
    this.left -= 1;
    this.label.setText(this.left > 0 ? String(this.left) : 'BOOM');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bomb });
