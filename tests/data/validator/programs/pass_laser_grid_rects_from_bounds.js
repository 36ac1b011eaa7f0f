// Laser vault: reach the gold (top right) with the arrow keys; crates block the guard's laser line, and standing in the laser's sight without cover trips the alarm
class Vault extends Phaser.Scene {
  constructor() { super('vault'); }
  create() {
    this.crates = [
      this.add.rectangle(300, 200, 80, 80, 0x795548),
      this.add.rectangle(500, 380, 120, 60, 0x795548),
      this.add.rectangle(260, 460, 60, 120, 0x795548),
    ];
    this.cover = this.crates.map((c) => c.getBounds());
    this.guard = this.add.circle(60, 300, 14, 0xe53935);
    this.gold = this.add.star(740, 60, 5, 10, 20, 0xffd600);
    this.player = this.add.circle(740, 540, 12, 0x4fc3f7);
    this.laser = this.add.graphics();
    this.alarm = this.add.text(400, 20, '', { fontSize: '24px', color: '#ff5252' }).setOrigin(0.5, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const c = this.cursors;
    if (c.left.isDown) this.player.x -= 3;
    if (c.right.isDown) this.player.x += 3;
    if (c.up.isDown) this.player.y -= 3;
    if (c.down.isDown) this.player.y += 3;
    const sight = new Phaser.Geom.Line(this.guard.x, this.guard.y, this.player.x, this.player.y);
    const blocked = this.cover.some((r) => Phaser.Geom.Intersects.LineToRectangle(sight, r));
    this.laser.clear().lineStyle(1, blocked ? 0x555555 : 0xff1744).strokeLineShape(sight);
    this.alarm.setText(blocked ? '' : 'SPOTTED');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: Vault });
