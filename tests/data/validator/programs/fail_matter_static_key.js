// The floor is made with { static: true }: Matter's option is isStatic, so the floor falls with the crates.
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  preload() {}
  create() {
    const floor = this.add.rectangle(400, 580, 800, 40, 0x556677);
    this.matter.add.gameObject(floor, { static: true });
    for (let i = 0; i < 5; i++) this.matter.add.gameObject(this.add.rectangle(200 + i * 100, 100, 40, 40, 0xaa7744));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crates });
