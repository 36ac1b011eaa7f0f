// Six ducks from a pool of six line up at the start and bob up and down
class Ducks extends Phaser.Scene {
  constructor() { super('ducks'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xfff176).fillEllipse(20, 12, 40, 24).generateTexture('duck', 40, 24);
    this.ducks = this.add.group({ classType: Phaser.GameObjects.Image, maxSize: 6 });
    for (let i = 0; i < 6; i++) {
      const d = this.ducks.get(60 + i * 90, 200, 'duck');
      this.tweens.add({ targets: d, y: 180, duration: 500 + i * 60, yoyo: true, repeat: -1 });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#4fc3f7', scene: Ducks });
