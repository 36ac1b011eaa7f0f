// Press SPACE to throw a dart from a pool of five; darts that leave the top come back to the pool
class Darts extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 4, 16).generateTexture('dart', 4, 16).destroy();
    this.add.rectangle(400, 580, 60, 10, 0x8888ff);
    this.darts = this.physics.add.group({ defaultKey: 'dart', maxSize: 5 });
    this.darts.createMultiple({ key: 'dart', quantity: 5, active: false, visible: false });
    this.input.keyboard.on('keydown-SPACE', () => {
      const dart = this.darts.getFirst(false);
      if (!dart) return;
      dart.enableBody(true, 400, 560, true, true);
      dart.setVelocityY(-400);
    });
  }
  update() {
    this.darts.getChildren().forEach((d) => { if (d.active && d.y < -20) d.disableBody(true, true); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Darts });
