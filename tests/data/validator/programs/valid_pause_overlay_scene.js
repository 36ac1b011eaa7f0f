// the pause lives in an overlay scene, which resumes the game by its key; sleep is undone with wake
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.box = this.add.rectangle(100, 300, 40, 40, 0xff6600);
    this.input.keyboard.on('keydown-P', () => {
      this.scene.pause();
      this.scene.launch('paused');
    });
    this.input.keyboard.on('keydown-I', () => {
      this.scene.sleep();
      this.scene.run('bag');
    });
  }
  update() { this.box.x = (this.box.x + 2) % 800; }
}

class Paused extends Phaser.Scene {
  constructor() { super('paused'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'PAUSED - press P', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-P', () => {
      this.scene.resume('play');
      this.scene.stop();
    });
  }
}

class Bag extends Phaser.Scene {
  constructor() { super('bag'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'Bag - press I to close', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-I', () => {
      this.scene.wake('play');
      this.scene.stop();
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Play, Paused, Bag] });
