// A red enemy chases the player (arrow keys, 200 px/s) at 120 px/s; if it catches the player the game is over.
class ChaseScene extends Phaser.Scene {
  constructor() { super('chase'); }
  preload() {}
  create() {
    this.player = this.add.rectangle(200, 300, 28, 28, 0x4fc3f7);
    this.enemy = this.add.circle(600, 300, 16, 0xe53935);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.over = false;
    this.status = this.add.text(400, 30, 'Run!', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
  }
  update(time, delta) {
    if (this.over) return;
    const dt = delta / 1000;
    if (this.cursors.left.isDown) this.player.x -= 200 * dt;
    if (this.cursors.right.isDown) this.player.x += 200 * dt;
    if (this.cursors.up.isDown) this.player.y -= 200 * dt;
    if (this.cursors.down.isDown) this.player.y += 200 * dt;
    const angle = Phaser.Math.Angle.Between(this.player.x, this.player.y, this.enemy.x, this.enemy.y);
    this.enemy.x += Math.cos(angle) * 120 * dt;
    this.enemy.y += Math.sin(angle) * 120 * dt;
    if (Phaser.Math.Distance.Between(this.player.x, this.player.y, this.enemy.x, this.enemy.y) < 30) {
      this.over = true;
      this.status.setText('Caught! Game over');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b1b', scene: ChaseScene });
