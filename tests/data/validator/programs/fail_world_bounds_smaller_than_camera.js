// the camera may scroll over a 4000x3000 map, but the physics world stays 800x600: the rover is boxed in
class Terrain extends Phaser.Scene {
  preload() {}

  create() {
    this.cameras.main.setBounds(0, 0, 4000, 3000);
    for (let i = 0; i < 80; i++) this.add.rectangle(Phaser.Math.Between(0, 4000), Phaser.Math.Between(0, 3000), 20, 20, 0x886644);
    this.rover = this.add.rectangle(100, 100, 30, 20, 0xffcc00);
    this.physics.add.existing(this.rover);
    this.rover.body.setCollideWorldBounds(true);
    this.rover.body.setVelocity(300, 200);
    this.cameras.main.startFollow(this.rover);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Terrain });
