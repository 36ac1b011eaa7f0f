// P pauses the scene from its own key handler, and P again is meant to resume it: a paused scene hears no keys
class Play extends Phaser.Scene {
  constructor() { super('play'); }

  preload() {}

  create() {
    this.box = this.add.rectangle(100, 300, 40, 40, 0xff6600);
    this.note = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-P', () => {
      if (this.scene.isPaused()) {
        this.note.setText('');
        this.scene.resume();
      } else {
        this.note.setText('PAUSED');
        this.scene.pause();
      }
    });
  }

  update() { this.box.x = (this.box.x + 2) % 800; }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Play });
