// Backgrounds added late but sent below (depth), a translucent overlay, an opaque title panel with text on it
// that fades away: everything the game draws is seen
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  preload() {}
  create() {
    this.ball = this.add.circle(100, 300, 20, 0xffcc00);
    this.add.rectangle(400, 300, 800, 600, 0x102030).setDepth(-1);
    this.shade = this.add.rectangle(400, 300, 800, 600, 0x000000, 0.4);
    const panel = this.add.rectangle(400, 300, 800, 600, 0x223344);
    const title = this.add.text(400, 300, '开始游戏', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.tweens.add({ targets: [panel, title], alpha: 0, delay: 600, duration: 400 });
  }
  update() {
    this.ball.x += 3;
    if (this.ball.x > 820) this.ball.x = -20;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Title });
