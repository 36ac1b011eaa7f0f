// Splash: the logo stays for a second (a tween used as a wait), then fades out and the menu text appears
class Splash extends Phaser.Scene {
  constructor() { super('splash'); }
  create() {
    const logo = this.add.text(300, 200, 'STUDIO', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.tweens.add({ targets: logo, alpha: 1, duration: 1000, onComplete: () => {
      this.tweens.add({ targets: logo, alpha: 0, duration: 500 });
      this.add.text(300, 300, 'press any key', { fontSize: '20px', color: '#90caf9' }).setOrigin(0.5);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Splash });
