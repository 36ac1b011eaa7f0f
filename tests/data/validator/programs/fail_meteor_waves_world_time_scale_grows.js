// Meteor shower: meteors fall with Arcade physics; every 4 s a new wave starts and the whole world runs faster
class Meteors extends Phaser.Scene {
  constructor() { super('meteors'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xff7043).fillCircle(8, 8, 8).generateTexture('meteor', 16, 16).destroy();
    this.wave = 1;
    this.label = this.add.text(10, 10, 'wave 1', { fontSize: '16px', color: '#fff' });
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.physics.add.image(Phaser.Math.Between(20, 460), -10, 'meteor').setVelocityY(160) });
    this.time.addEvent({ delay: 4000, loop: true, callback: () => {
      this.wave = Math.min(this.wave + 1, 8);
      this.physics.world.timeScale = 1 + this.wave * 0.25;
      this.label.setText('wave ' + this.wave);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 360, backgroundColor: '#0d0d2b', physics: { default: 'arcade' }, scene: Meteors });
