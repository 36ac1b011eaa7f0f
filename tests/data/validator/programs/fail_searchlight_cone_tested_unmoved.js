// Searchlight: a tower's light cone sweeps around; if the thief (arrow keys) stands inside the lit cone, the alarm count goes up
class Yard extends Phaser.Scene {
  constructor() { super('yard'); }
  create() {
    this.tower = this.add.circle(400, 300, 14, 0x8d6e63);
    this.beam = new Phaser.Geom.Triangle(0, 0, 260, -60, 260, 60);
    this.light = this.add.graphics();
    this.light.fillStyle(0xfff9c4, 0.3);
    this.light.fillTriangleShape(this.beam);
    this.light.setPosition(this.tower.x, this.tower.y);
    this.thief = this.add.rectangle(560, 300, 18, 18, 0x212121);
    this.alarms = 0;
    this.seen = false;
    this.label = this.add.text(16, 16, 'Alarms: 0', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update(time, delta) {
    this.light.rotation += delta * 0.0008;
    const inBeam = Phaser.Geom.Triangle.Contains(this.beam, this.thief.x, this.thief.y);
    if (inBeam && !this.seen) { this.alarms += 1; this.label.setText('Alarms: ' + this.alarms); }
    this.seen = inBeam;
    if (this.cursors.left.isDown) this.thief.x -= 3;
    if (this.cursors.right.isDown) this.thief.x += 3;
    if (this.cursors.up.isDown) this.thief.y -= 3;
    if (this.cursors.down.isDown) this.thief.y += 3;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#33691e', scene: Yard });
