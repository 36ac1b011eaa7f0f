// Trucks drive down the road; each truck's speed is set before and again after it joins the traffic group
class Road extends Phaser.Scene {
  constructor() { super('road'); }
  preload() {}
  create() {
    this.traffic = this.physics.add.group();
    this.time.addEvent({ delay: 800, loop: true, callback: () => {
      const truck = this.physics.add.image(Phaser.Math.Between(100, 700), -40, null).setSize(40, 70);
      truck.setVelocityY(200);
      this.traffic.add(truck);
      truck.setVelocityY(200);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#333333', physics: { default: 'arcade' }, scene: Road });
