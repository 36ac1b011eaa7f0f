// Pond: frogs hop around; click a frog to catch it. The HUD shows how many frogs are still in the pond
class Pond extends Phaser.Scene {
  constructor() { super('pond'); }
  create() {
    this.frogs = this.add.group();
    for (let i = 0; i < 8; i++) {
      const frog = this.add.circle(Phaser.Math.Between(40, 560), Phaser.Math.Between(60, 360), 14, 0x66bb6a).setInteractive();
      frog.on('pointerdown', () => {
        this.frogs.killAndHide(frog);
        frog.disableInteractive();
      });
      this.frogs.add(frog);
    }
    this.hud = this.add.text(10, 10, '', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 600, loop: true, callback: () => {
      this.frogs.getChildren().forEach((f) => { if (f.active) f.x = Phaser.Math.Clamp(f.x + Phaser.Math.Between(-30, 30), 20, 580); });
    } });
  }
  update() {
    this.hud.setText('Frogs left: ' + this.frogs.countActive(true));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#1b5e20', scene: Pond });
