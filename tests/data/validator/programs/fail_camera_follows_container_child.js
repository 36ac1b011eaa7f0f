// the camera follows the circle inside the player's container: its x, y stay (0, 0), the camera stays in the corner
class Meadow extends Phaser.Scene {
  preload() {}

  create() {
    this.cameras.main.setBounds(0, 0, 3000, 3000);
    for (let i = 0; i < 60; i++) this.add.circle(Phaser.Math.Between(0, 3000), Phaser.Math.Between(0, 3000), 8, 0x338833);
    const body = this.add.circle(0, 0, 16, 0x3366ff);
    const tag = this.add.text(0, -30, 'Ann', { fontSize: '14px', color: '#ffffff' }).setOrigin(0.5);
    this.player = this.add.container(400, 300, [body, tag]);
    this.cameras.main.startFollow(body);
  }

  update() {
    this.player.x += 3;
    this.player.y += 2;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Meadow });
