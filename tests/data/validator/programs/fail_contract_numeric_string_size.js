// A health bar whose width is written as a string: Canvas turns '180' back into a number, but WebGL (what a desktop
// browser gives Phaser.AUTO) computes x + width as text ('40' + '180'), so the bar runs off the screen.
class HudScene extends Phaser.Scene {
  constructor() {
    super('hud');
  }

  preload() {}

  create() {
    this.bar = this.add.graphics();
    this.bar.fillStyle(0x22cc55, 1);
    this.bar.fillRect(40, 30, '180', 16);
    this.add.text(40, 52, 'HP', { fontSize: '16px', color: '#ffffff' });
  }

  update() {
    this.bar.x = 0;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202030', scene: HudScene });
