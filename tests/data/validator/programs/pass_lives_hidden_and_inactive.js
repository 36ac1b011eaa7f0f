// Three hearts show the lives; press H to take a hit, which removes one heart
class Lives extends Phaser.Scene {
  create() {
    this.hearts = this.add.group();
    for (let i = 0; i < 3; i++) this.hearts.add(this.add.circle(40 + i * 40, 40, 14, 0xff3355));
    this.input.keyboard.on('keydown-H', () => {
      const heart = this.hearts.getLast(true);
      if (heart) heart.setActive(false).setVisible(false);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lives });
