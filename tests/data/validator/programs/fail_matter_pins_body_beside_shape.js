// Five crates fall onto a floor (Matter): each crate is drawn, and given a separate body by matter.add.rectangle
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  preload() {}
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.add.rectangle(400, 590, 800, 20, 0x664422);
    for (let i = 0; i < 5; i++) {
      const x = 200 + i * 100;
      const y = 100;
      this.add.rectangle(x, y, 40, 40, 0xddaa66);
      this.matter.add.rectangle(x, y, 40, 40, { friction: 0.4 });
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crates });
