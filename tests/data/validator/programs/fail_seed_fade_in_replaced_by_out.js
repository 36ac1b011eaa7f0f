// Task: Scene fade transition: when the scene starts it fades in and then fades out, the whole effect lasting 3 seconds.
const FADE_MS = 1500;

class SplashScene extends Phaser.Scene {
  constructor() {
    super('Splash');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xf5a623);
    g.fillCircle(64, 64, 64);
    g.fillStyle(0x203a60);
    g.fillTriangle(40, 34, 40, 94, 96, 64);
    g.generateTexture('logo', 128, 128);
    g.destroy();
  }

  create() {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, width, height, 0x2d4f86);
    this.add.image(width / 2, height / 2 - 50, 'logo');
    this.add.text(width / 2, height / 2 + 70, 'SUNRISE GAMES', {
      fontFamily: 'Arial',
      fontSize: '40px',
      color: '#ffffff'
    }).setOrigin(0.5);

    const cam = this.cameras.main;
    cam.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      this.scene.start('Menu');
    });
    cam.fadeIn(FADE_MS, 0, 0, 0).fadeOut(FADE_MS, 0, 0, 0);
  }
}

class MenuScene extends Phaser.Scene {
  constructor() {
    super('Menu');
  }

  create() {
    const { width, height } = this.scale;
    this.add.text(width / 2, height / 2 - 40, 'Main Menu', {
      fontFamily: 'Arial',
      fontSize: '48px',
      color: '#ffe082'
    }).setOrigin(0.5);

    const replay = this.add.text(width / 2, height / 2 + 40, 'Click to replay the intro', {
      fontFamily: 'Arial',
      fontSize: '22px',
      color: '#ffffff',
      backgroundColor: '#37474f',
      padding: { x: 12, y: 6 }
    }).setOrigin(0.5).setInteractive({ useHandCursor: true });

    replay.on('pointerdown', () => this.scene.start('Splash'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101820',
  scene: [SplashScene, MenuScene]
});
