// A minimap in the corner and a main camera that follows the player: the minimap's name is given fifth, where
// makeMain goes, so the minimap becomes the main camera and the big view never follows.
class World extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 30; i++) this.add.rectangle(i * 100, 300 + (i % 3) * 60, 60, 60, 0x5c6bc0);
    this.player = this.add.circle(100, 300, 16, 0xffca28);
    this.physics.add.existing(this.player);
    this.player.body.setVelocityX(240);
    this.minimap = this.cameras.add(590, 10, 200, 150, 'minimap').setZoom(0.1);
    this.cameras.main.setBounds(0, 0, 3000, 600).startFollow(this.player);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: World });
