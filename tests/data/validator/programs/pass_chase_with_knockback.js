// A green slime chases the hero (arrow keys) at 70 px/s; touching it knocks the hero back 40 px and costs one of 3 hearts.
class SlimeScene extends Phaser.Scene {
  constructor() { super('slime'); }
  preload() {}
  create() {
    this.hero = this.add.rectangle(160, 300, 26, 26, 0x42a5f5);
    this.slime = this.add.circle(640, 300, 18, 0x66bb6a);
    this.hearts = 3;
    this.hurtUntil = 0;
    this.label = this.add.text(16, 16, 'Hearts: 3', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  hit(time) {
    if (time < this.hurtUntil || this.hearts <= 0) return;
    this.hurtUntil = time + 800;
    this.hearts -= 1;
    this.label.setText('Hearts: ' + this.hearts);
    const push = Phaser.Math.Angle.Between(this.slime.x, this.slime.y, this.hero.x, this.hero.y);
    this.hero.x += Math.cos(push) * 40;
    this.hero.y += Math.sin(push) * 40;
  }
  update(time, delta) {
    const dt = delta / 1000;
    if (this.cursors.left.isDown) this.hero.x -= 180 * dt;
    if (this.cursors.right.isDown) this.hero.x += 180 * dt;
    if (this.cursors.up.isDown) this.hero.y -= 180 * dt;
    if (this.cursors.down.isDown) this.hero.y += 180 * dt;
    const toward = Phaser.Math.Angle.Between(this.slime.x, this.slime.y, this.hero.x, this.hero.y);
    this.slime.x += Math.cos(toward) * 70 * dt;
    this.slime.y += Math.sin(toward) * 70 * dt;
    if (Phaser.Math.Distance.Between(this.slime.x, this.slime.y, this.hero.x, this.hero.y) < 30) this.hit(time);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: SlimeScene });
