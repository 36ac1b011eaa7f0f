// Ceiling runner: press SPACE to flip gravity and run along the ceiling, press again to fall back to the floor
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x80deea, 1).fillRect(0, 0, 24, 32);
    g.generateTexture('runner', 24, 32);
    g.destroy();
    this.runner = this.physics.add.sprite(120, 200, 'runner').setCollideWorldBounds(true);
    this.add.text(10, 10, 'SPACE: flip gravity', { color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.runner.body.gravity.y *= -1;
      this.runner.setFlipY(!this.runner.flipY);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Run });
