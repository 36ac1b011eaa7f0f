// Waves: click the 6 slimes to clear the wave; when none is left the next wave comes
class WaveScene extends Phaser.Scene {
  constructor() { super('waves'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x76ff03).fillCircle(16, 16, 16).generateTexture('slime', 32, 32);
    g.destroy();
    this.wave = 1;
    this.slimes = this.physics.add.group();
    this.info = this.add.text(20, 20, '', { fontSize: '22px', color: '#fff' });
    this.input.on('gameobjectdown', (pointer, slime) => {
      slime.disableBody(false, true);
      if (this.slimes.countActive(true) === 0) { this.wave += 1; this.spawn(); }
      this.info.setText('Wave ' + this.wave + '  left ' + this.slimes.countActive(true));
    });
    this.spawn();
  }
  spawn() {
    for (let i = 0; i < 6; i++) this.slimes.create(120 + i * 110, Phaser.Math.Between(150, 450), 'slime').setInteractive();
    this.info.setText('Wave ' + this.wave + '  left ' + this.slimes.countActive(true));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b2f', physics: { default: 'arcade' }, scene: WaveScene });
