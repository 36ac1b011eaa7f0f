// Sparks rise from the forge and vanish when they enter the chimney's cold zone
class Forge extends Phaser.Scene {
  constructor() { super('forge'); }
  create() {
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
    this.add.rectangle(320, 60, 120, 80, 0x455a64);
    this.add.particles(320, 420, 'spark', {
      speedY: { min: -260, max: -160 },
      speedX: { min: -40, max: 40 },
      lifespan: 3000,
      tint: [0xffab00, 0xff6d00],
      frequency: 40,
      deathZone: { type: 'onEnter', source: new Phaser.Geom.Rectangle(260, 20, 120, 80) },
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#212121', scene: Forge });
