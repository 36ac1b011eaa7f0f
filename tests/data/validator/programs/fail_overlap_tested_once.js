// The hit test is this.physics.overlap(...) in create(): it tests once, before any meteor exists, and never again.
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  preload() {}
  create() {
    this.player = this.add.rectangle(400, 550, 40, 40, 0x00aaff);
    this.physics.add.existing(this.player);
    this.meteors = this.physics.add.group();
    this.time.addEvent({ delay: 300, loop: true, callback: () => {
      const m = this.add.circle(Phaser.Math.Between(20, 780), 0, 12, 0xaa5500);
      this.meteors.add(m);
      m.body.setVelocityY(250);
    } });
    this.physics.overlap(this.player, this.meteors, () => this.scene.restart());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Dodge });
