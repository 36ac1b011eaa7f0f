// Drag the puzzle piece into its outlined slot; it snaps in when let go close to the slot
class Jigsaw extends Phaser.Scene {
  create() {
    this.slot = { x: 600, y: 300 };
    this.add.rectangle(this.slot.x, this.slot.y, 100, 100).setStrokeStyle(3, 0xffffff);
    const piece = this.add.rectangle(150, 300, 100, 100, 0xff9933).setInteractive({ draggable: true });
    this.input.on('drag', (pointer, obj, x, y) => obj.setPosition(x, y));
    this.input.on('dragend', (pointer, obj, dropped) => {
      const d = Phaser.Math.Distance.Between(obj.x, obj.y, this.slot.x, this.slot.y);
      if (d < 40) { obj.setPosition(this.slot.x, this.slot.y); obj.disableInteractive(); }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Jigsaw });
