// The level opens with a short camera shake
class Level extends Phaser.Scene {
  create() {
    this.add.rectangle(400, 500, 800, 40, 0x557755);
    this.add.text(300, 200, 'EARTHQUAKE!', { fontSize: '36px', color: '#ffcc00' });
    this.cameras.main.shake(800, 0.02);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Level });
