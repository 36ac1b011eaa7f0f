// Show the text "你好 Phaser" at the bottom of the screen and a clock of the seconds since the game started in the top-left corner.
class MainScene extends Phaser.Scene {
  constructor() {
    super('MainScene');
  }

  preload() {
    // textures are drawn in create; nothing to load
  }

  create() {
    this.label = this.add.text(400, 540, '你好 Phaser', {
      fontSize: '32px',
      color: '#6bcb77'
    }).setOrigin(0.5);
    this.clockText = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });
  }

  update(time, delta) {
    this.clockText.setText('时间: ' + Math.floor(time / 1000));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b132b',
  scene: MainScene
};

new Phaser.Game(config);
