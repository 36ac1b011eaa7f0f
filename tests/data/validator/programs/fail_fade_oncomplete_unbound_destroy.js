// Clicked bubbles fade out and should be removed; onComplete gets bubble.destroy without its bubble, so none is removed
class Bubbles extends Phaser.Scene {
  constructor() { super('bubbles'); }
  preload() {}
  create() {
    this.left = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.bubbles = this.add.group();
    for (let i = 0; i < 8; i++) {
      const bubble = this.add.circle(100 + i * 85, 300, 30, 0x66ccff).setInteractive();
      this.bubbles.add(bubble);
      bubble.on('pointerdown', () => {
        bubble.disableInteractive();
        this.tweens.add({ targets: bubble, alpha: 0, duration: 200, onComplete: bubble.destroy });
      });
    }
  }
  update() {
    this.left.setText('Bubbles left: ' + this.bubbles.getLength());
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102030', scene: Bubbles });
