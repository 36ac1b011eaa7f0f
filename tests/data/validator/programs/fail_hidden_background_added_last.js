// The background rectangle is added after the player and the falling enemies: it is drawn over all of them
class Dodge extends Phaser.Scene {
  constructor() { super('dodge'); }
  preload() {}
  create() {
    this.player = this.add.rectangle(400, 540, 48, 48, 0x33dd66);
    this.enemies = [];
    for (let i = 0; i < 5; i++) this.enemies.push(this.add.circle(100 + i * 150, 60, 16, 0xff4444));
    this.score = 0;
    this.add.rectangle(400, 300, 800, 600, 0x1a1a2e);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) this.player.x -= 5;
    if (this.cursors.right.isDown) this.player.x += 5;
    this.enemies.forEach((e, i) => {
      e.y += 2 + i * 0.5;
      if (e.y > 620) { e.y = -20; this.score += 1; }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dodge });
