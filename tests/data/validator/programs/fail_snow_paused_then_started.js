// Snow falls for 4 seconds, stops for 4 seconds, and so on
class Winter extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(3, 3, 3).generateTexture('flake', 6, 6);
    g.destroy();
    this.snow = this.add.particles(0, 0, 'flake', { x: { min: 0, max: 800 }, y: -10, speedY: { min: 60, max: 120 }, lifespan: 6000, frequency: 40 });
    this.snowing = true;
    this.time.addEvent({ delay: 4000, loop: true, callback: () => {
      this.snowing = !this.snowing;
      if (this.snowing) this.snow.start();
      else this.snow.pause();
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', scene: Winter });
