// Bat sonar: press SPACE to send a sonar ping from the bat; moths within the ping radius light up and count as found
const PING_RADIUS = 180;
class Sonar extends Phaser.Scene {
  constructor() { super('sonar'); }
  create() {
    this.bat = this.add.triangle(400, 300, 0, 20, 20, 0, 40, 20, 0xb39ddb);
    this.moths = [];
    for (let i = 0; i < 12; i++) this.moths.push(this.add.circle(Phaser.Math.Between(40, 760), Phaser.Math.Between(40, 560), 6, 0x37474f));
    this.found = 0;
    this.label = this.add.text(16, 16, 'Found: 0', { fontSize: '20px', color: '#ffffff' });
    this.ring = this.add.graphics();
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => this.ping());
  }
  ping() {
    this.ring.clear().lineStyle(2, 0x80deea, 0.8).strokeCircle(this.bat.x, this.bat.y, PING_RADIUS);
    for (const m of this.moths) {
      if (m.lit) continue;
      const d2 = Phaser.Math.Distance.Squared(this.bat.x, this.bat.y, m.x, m.y);
      if (d2 <= PING_RADIUS) {
        m.lit = true;
        m.setFillStyle(0xffee58);
        this.found += 1;
      }
    }
    this.label.setText('Found: ' + this.found);
  }
  update() {
    if (this.cursors.left.isDown) this.bat.x -= 3;
    if (this.cursors.right.isDown) this.bat.x += 3;
    if (this.cursors.up.isDown) this.bat.y -= 3;
    if (this.cursors.down.isDown) this.bat.y += 3;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0b0c10', scene: Sonar });
