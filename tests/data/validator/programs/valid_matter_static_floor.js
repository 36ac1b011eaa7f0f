// Matter bodies with the real option names: a static floor (isStatic) and a sensor (isSensor) crates fall onto and through.
class Crates extends Phaser.Scene {
  constructor() { super('crates'); }
  preload() {}
  create() {
    const floor = this.add.rectangle(400, 580, 800, 40, 0x556677);
    this.matter.add.gameObject(floor, { isStatic: true });
    this.matter.add.rectangle(400, 300, 200, 20, { isStatic: true, isSensor: true, label: 'zone' });
    for (let i = 0; i < 5; i++) this.matter.add.gameObject(this.add.rectangle(200 + i * 100, 100, 40, 40, 0xaa7744), { restitution: 0.4 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crates });
