// Crashes only when a card is dropped on the bin: the drop handler reads a field that was never set.
class SortScene extends Phaser.Scene {
  preload() {}

  create() {
    this.card = this.add.rectangle(150, 150, 80, 110, 0xffffff).setInteractive({ draggable: true });
    this.bin = this.add.zone(640, 460, 160, 160).setRectangleDropZone(160, 160);
    this.add.rectangle(640, 460, 160, 160).setStrokeStyle(2, 0x88ff88);
    this.input.on('drag', (pointer, obj, x, y) => { obj.x = x; obj.y = y; });
    this.input.on('drop', (pointer, obj, zone) => {
      obj.x = zone.x;
      this.sorted.push(obj); // this.sorted was never created
    });
  }

  update() {}
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: SortScene });
