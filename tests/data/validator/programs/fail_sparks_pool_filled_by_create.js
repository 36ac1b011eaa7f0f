// A fountain of sparks from a pool of ten: a spark shoots up every 150 ms, and sparks that fall off the bottom go back to the pool
class Sparks extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffdd44).fillCircle(4, 4, 4).generateTexture('spark', 8, 8).destroy();
    this.sparks = this.physics.add.group({ defaultKey: 'spark', maxSize: 10 });
    this.time.addEvent({ delay: 150, loop: true, callback: () => {
      const spark = this.sparks.create(400, 580);
      if (!spark) return;
      spark.enableBody(true, 400, 580, true, true);
      spark.setVelocity(Phaser.Math.Between(-120, 120), -420);
    } });
  }
  update() {
    this.sparks.getChildren().forEach((s) => { if (s.active && s.y > 620) this.sparks.killAndHide(s); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: Sparks });
