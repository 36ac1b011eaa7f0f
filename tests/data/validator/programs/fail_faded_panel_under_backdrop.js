// A white panel fades in and out over 2 s; the backdrop is drawn after it, over the whole view, so the fade never shows
class Fade extends Phaser.Scene {
  constructor() { super('fade'); }
  preload() {}
  create() {
    this.panel = this.add.graphics({ x: 400, y: 300 });
    this.panel.fillStyle(0xffffff, 1);
    this.panel.fillRect(-100, -60, 200, 120);
    this.panel.setAlpha(0);
    const backdrop = this.add.graphics();
    backdrop.fillStyle(0x1b3a4b, 1);
    backdrop.fillRect(0, 0, 800, 600);
    this.tweens.add({ targets: this.panel, alpha: 1, duration: 1000, yoyo: true, repeat: -1 });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fade });
