// P pauses the level and launches a pause menu; the menu is listed before the level, so it is drawn under the level's sky
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'Get ready', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.time.delayedCall(300, () => this.scene.start('level'));
  }
}

class PauseMenu extends Phaser.Scene {
  constructor() { super('pause'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.text(400, 260, 'PAUSED', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 330, 'P to go on', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-P', () => {
      this.scene.resume('level');
      this.scene.stop();
    });
  }
}

class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 800, 600, 0x66bbee);
    this.ship = this.add.triangle(100, 300, 0, 30, 15, 0, 30, 30, 0xffffff);
    this.input.keyboard.on('keydown-P', () => {
      this.scene.pause();
      this.scene.launch('pause');
    });
  }
  update(time, delta) {
    this.ship.x = (this.ship.x + 0.1 * delta) % 800;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Title, PauseMenu, Level] });
