// Pick up the key with the arrow keys; the door then opens and you can walk through it to the exit
class Door extends Phaser.Scene {
  create() {
    this.player = this.add.rectangle(100, 300, 24, 24, 0x66ccff);
    this.physics.add.existing(this.player);
    this.key = this.add.star(250, 300, 5, 6, 12, 0xffdd00);
    this.physics.add.existing(this.key, true);
    this.door = this.add.rectangle(450, 300, 20, 600, 0x9c6644);
    this.physics.add.existing(this.door, true);
    this.physics.add.collider(this.player, this.door);
    this.physics.add.overlap(this.player, this.key, () => {
      this.key.destroy();
      this.door.body.enable = false;
      this.tweens.add({ targets: this.door, alpha: 0, duration: 300 });
    });
    this.exit = this.add.rectangle(700, 300, 40, 40, 0x44ff44);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.player.body.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 200);
    if (this.player.x > 680) this.add.text(400, 100, 'You escaped!', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Door });
