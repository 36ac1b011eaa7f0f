// Aquarium: bubbles float inside the glass tank drawn in the middle of the screen and bounce off its walls
const TANK = { x: 100, y: 80, w: 400, h: 240 };
class Aquarium extends Phaser.Scene {
  constructor() { super('aquarium'); }
  create() {
    this.add.rectangle(TANK.x, TANK.y, TANK.w, TANK.h, 0x4fc3f7, 0.3).setOrigin(0).setStrokeStyle(3, 0xffffff);
    this.physics.world.setBounds(TANK.x, TANK.y, TANK.w, TANK.h);
    for (let i = 0; i < 6; i++) {
      const b = this.add.circle(Phaser.Math.Between(140, 460), Phaser.Math.Between(120, 280), 10, 0xe1f5fe);
      this.physics.add.existing(b);
      b.body.setCollideWorldBounds(true).setBounce(1).setVelocity(Phaser.Math.Between(-150, 150), Phaser.Math.Between(-150, 150));
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Aquarium });
