// Title banner: a big "GAME OVER" in the middle of the screen, and a small hint under it
class Over extends Phaser.Scene {
  constructor() { super('over'); }
  create() {
    this.add.text(300, 170, 'GAME OVER', { fontFamily: 'Arial', fontSize: '56px', color: '#ff5252' }).setOrigin(0.5);
    this.add.text(300, 240, 'press R to retry', { fontFamily: 'Arial', fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Over });
