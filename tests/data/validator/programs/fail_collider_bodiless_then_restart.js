// the base is a plain rectangle with no body, so blocks fall through it; R restarts the scene before the run ends
class Stack extends Phaser.Scene {
  constructor() { super('stack'); }

  preload() {}

  create() {
    this.base = this.add.rectangle(400, 580, 300, 40, 0x795548);
    this.blocks = this.physics.add.group();
    this.physics.add.collider(this.base, this.blocks);
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      this.blocks.add(this.add.rectangle(400, 40, 60, 30, 0x26c6da));
    } });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 400 } } }, scene: Stack });
