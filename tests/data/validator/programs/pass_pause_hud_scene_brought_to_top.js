// Pause menu: P pauses and resumes the game; a HUD scene shows "PAUSED" over the game while it is paused
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    this.scene.launch('play');
    this.scene.bringToTop();
    this.banner = this.add.text(320, 180, 'PAUSED', { fontSize: '48px', color: '#ffffff', backgroundColor: '#1a237e' }).setOrigin(0.5).setVisible(false);
    this.input.keyboard.on('keydown-P', () => {
      const play = this.scene.get('play');
      if (play.sys.isPaused()) { this.scene.resume('play'); this.banner.setVisible(false); } else { this.scene.pause('play'); this.banner.setVisible(true); }
    });
  }
}
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  create() {
    this.cameras.main.setBackgroundColor('#2e7d32');
    this.ball = this.add.circle(100, 180, 16, 0xffeb3b);
    this.tweens.add({ targets: this.ball, x: 540, duration: 1500, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, scene: [Hud, Play] });
