// Catch the falling apples with the basket (arrow keys) for 10 seconds; at TIME UP the game freezes and a click restarts it.
class Apples extends Phaser.Scene {
  constructor() { super('apples'); }
  preload() {}
  create() {
    this.score = 0;
    this.basket = this.add.rectangle(400, 570, 90, 20, 0x8d6e63);
    this.apples = [];
    this.hud = this.add.text(16, 16, 'Score 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 600, loop: true, callback: () => this.apples.push(this.add.circle(Phaser.Math.Between(30, 770), -10, 12, 0xe53935)) });
    this.time.delayedCall(10000, () => this.timeUp());
    this.keys = this.input.keyboard.createCursorKeys();
  }
  timeUp() {
    this.add.text(400, 300, 'TIME UP - click to play again', { fontSize: '32px', color: '#ffeb3b' }).setOrigin(0.5);
    this.scene.pause();
    this.input.once('pointerdown', () => this.scene.restart());
  }
  update(time, delta) {
    this.basket.x = Phaser.Math.Clamp(this.basket.x + ((this.keys.right.isDown ? 1 : 0) - (this.keys.left.isDown ? 1 : 0)) * 0.4 * delta, 45, 755);
    for (const a of this.apples) {
      if (!a.active) continue;
      a.y += 0.2 * delta;
      if (Math.abs(a.x - this.basket.x) < 50 && Math.abs(a.y - 570) < 15) { a.destroy(); this.score += 1; this.hud.setText('Score ' + this.score); }
      else if (a.y > 620) a.destroy();
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b5e20', scene: Apples });
