// Crates drop onto a floor under Matter at normal gravity
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  preload() {}
  create() {
    this.matter.add.rectangle(400, 580, 800, 40, { isStatic: true });
    this.add.rectangle(400, 580, 800, 40, 0x775533);
    for (let i = 0; i < 5; i++) {
      const crate = this.add.rectangle(300 + i * 50, 100 - i * 60, 40, 40, 0xddaa55);
      this.matter.add.gameObject(crate);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crates });
