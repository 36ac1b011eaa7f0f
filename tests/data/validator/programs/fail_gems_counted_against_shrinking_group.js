// Collect all four gems with the arrow keys; when the last one is taken, show "All gems!"
class Gems extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0x66ffcc).fillCircle(10, 10, 10);
    g.generateTexture('gem', 20, 20).destroy();
    this.player = this.physics.add.image(100, 300, 'gem').setTint(0xff8844);
    this.gems = this.physics.add.group();
    [250, 400, 550, 700].forEach((x) => this.gems.create(x, 300, 'gem'));
    this.taken = 0;
    this.physics.add.overlap(this.player, this.gems, this.take, null, this);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  take(player, gem) {
    gem.destroy();
    this.taken += 1;
    if (this.taken === this.gems.getLength()) this.add.text(400, 150, 'All gems!', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
  }
  update() {
    this.player.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 220);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Gems });
