// Catch the falling apples with the basket (arrow keys move it); each apple caught adds a point.
class CatchScene extends Phaser.Scene {
  constructor() { super('catch'); }
  preload() {}
  create() {
    this.basket = this.add.rectangle(400, 560, 120, 24, 0x8d6e63);
    this.physics.add.existing(this.basket, true);
    this.apples = this.physics.add.group();
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.physics.add.overlap(this.basket, this.apples, (basket, apple) => { apple.destroy(); this.score += 1; this.label.setText('Score: ' + this.score); });
    this.time.addEvent({ delay: 700, loop: true, callback: () => { const a = this.add.circle(Phaser.Math.Between(40, 760), 0, 12, 0xe53935); this.apples.add(a); } });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    if (this.cursors.left.isDown) this.basket.x = Math.max(60, this.basket.x - 0.5 * delta);
    if (this.cursors.right.isDown) this.basket.x = Math.min(740, this.basket.x + 0.5 * delta);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa',
  physics: { default: 'arcade', arcade: { gravity: { y: 200 } } }, scene: CatchScene });
