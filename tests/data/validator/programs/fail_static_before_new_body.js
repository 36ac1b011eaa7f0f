// each ledge is made static and then given a new body by setRectangle(): the new body is not static, the ledges fall
class Ledges extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x8d6e63).fillRect(0, 0, 16, 16);
    g.generateTexture('plank', 16, 16);
    g.destroy();
    [[200, 400, 180], [500, 300, 160], [650, 200, 120]].forEach(([x, y, w]) => {
      const ledge = this.matter.add.image(x, y, 'plank');
      ledge.setDisplaySize(w, 16);
      ledge.setStatic(true);
      ledge.setRectangle(w, 16);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter' }, scene: Ledges });
