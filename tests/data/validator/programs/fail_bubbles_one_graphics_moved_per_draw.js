// Draw 10 bubbles at random places on the screen
class Bubbles extends Phaser.Scene {
  constructor() { super('bubbles'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x80deea, 0.8);
    for (let i = 0; i < 10; i++) {
      g.setPosition(Phaser.Math.Between(30, 570), Phaser.Math.Between(30, 370));
      g.fillCircle(0, 0, 20);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#004d40', scene: Bubbles });
