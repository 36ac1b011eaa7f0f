// Press SPACE to make the ghost blink for one second; after the blink it is solid again and can blink once more
class Ghost extends Phaser.Scene {
  create() {
    this.ghost = this.add.circle(400, 300, 40, 0xddddff);
    this.blinking = false;
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.blinking) return;
      this.blinking = true;
      const blink = this.tweens.add({ targets: this.ghost, alpha: 0.2, duration: 100, yoyo: true, repeat: -1, onComplete: () => { this.ghost.setAlpha(1); this.blinking = false; } });
      this.time.delayedCall(1000, () => blink.stop());
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Ghost });
