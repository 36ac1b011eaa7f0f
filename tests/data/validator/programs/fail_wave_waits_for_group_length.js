// Pop the balloons by clicking them; when a wave is cleared the next, bigger wave starts.
class Balloons extends Phaser.Scene {
  constructor() { super('balloons'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff6688).fillEllipse(20, 24, 40, 48);
    g.generateTexture('balloon', 40, 48);
    g.destroy();
  }
  create() {
    this.wave = 0;
    this.balloons = this.physics.add.group();
    this.input.on('gameobjectdown', (pointer, balloon) => balloon.disableBody(true, true));
    this.nextWave();
  }
  nextWave() {
    this.wave += 1;
    for (let i = 0; i < 3 + this.wave; i++) {
      const b = this.balloons.create(Phaser.Math.Between(60, 740), 620, 'balloon');
      b.setVelocityY(-Phaser.Math.Between(40, 90)).setInteractive();
    }
  }
  update() {
    this.balloons.getChildren().forEach((b) => { if (b.active && b.y < -40) b.disableBody(true, true); });
    if (this.balloons.getLength() === 0) this.nextWave();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Balloons });
