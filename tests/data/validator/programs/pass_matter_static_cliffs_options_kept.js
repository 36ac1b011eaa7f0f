// Crates drop onto a ledge between two cliffs; the cliffs are static Matter bodies drawn as grey blocks.
class Cliffs extends Phaser.Scene {
  constructor() { super('cliffs'); }
  preload() {}
  create() {
    const rock = { isStatic: true, friction: 0.9 };
    this.add.rectangle(80, 420, 160, 360, 0x757575);
    this.matter.add.rectangle(80, 420, 160, 360, rock);
    this.add.rectangle(720, 420, 160, 360, 0x757575);
    this.matter.add.rectangle(720, 420, 160, 360, rock);
    const ledge = this.add.rectangle(400, 520, 480, 16, 0x8d6e63);
    this.matter.add.gameObject(ledge, { isStatic: true });
    this.time.addEvent({ delay: 700, repeat: 6, callback: () => {
      const crate = this.add.rectangle(Phaser.Math.Between(260, 540), 40, 36, 36, 0xffb74d);
      this.matter.add.gameObject(crate, { restitution: 0.2 });
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Cliffs });
