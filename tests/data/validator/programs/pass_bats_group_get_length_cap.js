// Bats appear every second, at most 6 on screen
class Cave extends Phaser.Scene {
  create() {
    this.bats = this.add.group();
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      if (this.bats.getLength() >= 6) return;
      this.bats.add(this.add.triangle(Phaser.Math.Between(50, 750), Phaser.Math.Between(50, 300), 0, 0, 30, 0, 15, 12, 0x9966cc));
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Cave });
