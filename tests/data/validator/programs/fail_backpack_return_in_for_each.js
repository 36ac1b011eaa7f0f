// A backpack of six slots: click the apple to put one apple in the first empty slot
class Backpack extends Phaser.Scene {
  create() {
    this.slots = Array.from({ length: 6 }, (v, i) => ({ item: null, box: this.add.rectangle(150 + i * 100, 450, 80, 80, 0x333344) }));
    this.add.circle(400, 200, 40, 0xff3333).setInteractive().on('pointerdown', () => this.store('apple'));
  }
  store(name) {
    this.slots.forEach((slot) => {
      if (slot.item === null) {
        slot.item = name;
        slot.box.setFillStyle(0xaa3333);
        return;
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Backpack });
