// Each meteor gets its speed before it joins the physics group, and the group resets it to its default (0): they hang still.
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x996633).fillCircle(12, 12, 12);
    g.generateTexture('meteor', 24, 24);
    g.destroy();
  }
  create() {
    this.meteors = this.physics.add.group();
    this.time.addEvent({ delay: 150, loop: true, callback: () => {
      const meteor = this.physics.add.image(Phaser.Math.Between(20, 780), 40, 'meteor');
      meteor.setVelocityY(Phaser.Math.Between(150, 300));
      this.meteors.add(meteor);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Dodge });
