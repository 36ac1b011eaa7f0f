// balls collide only with floorCategory, which no body ever gets: they fall through the floor and the walls
class Balls extends Phaser.Scene {
  preload() {}

  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    const ballCategory = this.matter.world.nextCategory();
    const floorCategory = this.matter.world.nextCategory();
    const floor = this.add.rectangle(400, 580, 800, 40, 0x335533);
    this.matter.add.gameObject(floor, { isStatic: true });
    this.time.addEvent({ delay: 400, repeat: 8, callback: () => {
      const ball = this.add.circle(Phaser.Math.Between(100, 700), 40, 14, 0xff4444);
      this.matter.add.gameObject(ball, { shape: { type: 'circle', radius: 14 } });
      ball.setCollisionCategory(ballCategory);
      ball.setCollidesWith([floorCategory]);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter' }, scene: Balls });
