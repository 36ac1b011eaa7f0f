// Four enemies walk across the screen, each with its own health bar above it
class Bars extends Phaser.Scene {
  create() {
    this.enemies = [0, 1, 2, 3].map((i) => this.add.rectangle(100, 120 + i * 110, 40, 40, 0xcc4444).setData('hp', 1 - i * 0.2));
    this.bars = this.add.graphics();
  }
  update(time, delta) {
    this.enemies.forEach((e) => {
      this.bars.clear();
      e.x = (e.x + 60 * delta / 1000) % 800;
      this.bars.fillStyle(0x000000).fillRect(e.x - 22, e.y - 34, 44, 7);
      this.bars.fillStyle(0x44ff44).fillRect(e.x - 21, e.y - 33, 42 * e.getData('hp'), 5);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bars });
