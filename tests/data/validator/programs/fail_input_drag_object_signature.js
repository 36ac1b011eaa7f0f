// the input plugin's drag handler is written (pointer, dragX, dragY): its second argument is the dragged object
class Sort extends Phaser.Scene {
  preload() {}

  create() {
    for (let i = 0; i < 4; i++) this.input.setDraggable(this.add.circle(150 + i * 150, 150, 30, 0x44ccff).setInteractive());
    this.input.on('dragstart', (pointer, gem) => { this.held = gem; });
    this.input.on('drag', (pointer, dragX, dragY) => {
      this.held.x = dragX;
      this.held.y = dragY;
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sort });
