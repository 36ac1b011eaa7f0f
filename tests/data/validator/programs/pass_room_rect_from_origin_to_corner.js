// A room from the top-left corner to where the player clicks: the floor is drawn and the click point is its corner
class Room extends Phaser.Scene {
  constructor() { super('room'); }
  create() {
    this.g = this.add.graphics();
    this.input.on('pointerdown', (p) => {
      const x0 = 0, y0 = 0;
      const room = new Phaser.Geom.Rectangle(x0, y0, p.x, p.y);
      this.g.clear().fillStyle(0x795548, 1).fillRectShape(room);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Room });
