// Press S to start or stop the snowfall
class Snow extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffffff).fillCircle(3, 3, 3).generateTexture('flake', 6, 6).destroy();
    this.snow = this.add.particles(0, 0, 'flake', { x: { min: 0, max: 800 }, y: -10, speedY: { min: 60, max: 120 }, lifespan: 6000, frequency: 60, emitting: false });
    this.label = this.add.text(20, 20, 'S: snow', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-S', () => {
      if (this.snow.emitting) this.snow.stop();
      else this.snow.start();
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Snow });
