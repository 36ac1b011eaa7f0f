// Stack crates: click to drop a crate; the next crate is ready once the last one has come to rest
class Stack extends Phaser.Scene {
  constructor() { super('stack'); }
  create() {
    this.matter.world.setBounds(0, 0, 600, 400);
    this.ready = true; this.count = 0;
    this.info = this.add.text(10, 10, 'Crates: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      if (!this.ready) return;
      this.last = this.matter.add.gameObject(this.add.rectangle(p.x, 40, 60, 40, 0xa1887f), { restitution: 0, label: "crate" });
      this.ready = false;
      this.info.setText('Crates: ' + (++this.count));
    });
  }
  update() {
    if (!this.ready && this.last && this.last.body.isSleeping) this.ready = true;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'matter', matter: { gravity: { y: 1 }, enableSleeping: true } }, scene: Stack });
