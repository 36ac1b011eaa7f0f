// Archery: press on the bow, pull back to aim (a line shows the pull), let go to shoot the arrow
class Archery extends Phaser.Scene {
  constructor() { super('archery'); }
  create() {
    this.bow = this.add.circle(120, 300, 24, 0x996633).setInteractive();
    this.aimLine = this.add.graphics();
    this.pulling = false;
    this.shots = 0;
    this.info = this.add.text(10, 10, 'shots: 0', { fontSize: '16px', color: '#fff' });
    this.bow.on('pointerdown', () => { this.pulling = true; });
    this.input.on('pointermove', (pointer) => {
      if (!this.pulling) return;
      this.aimLine.clear().lineStyle(3, 0xffffff).lineBetween(this.bow.x, this.bow.y, pointer.x, pointer.y);
    });
    this.input.on("pointerup", (pointer) => {
      if (!this.pulling) return;
      this.pulling = false;
      this.aimLine.clear();
      this.shoot(this.bow.x - pointer.x, this.bow.y - pointer.y);
    });
  }
  shoot(dx, dy) {
    const arrow = this.add.rectangle(this.bow.x, this.bow.y, 20, 4, 0xffee88);
    arrow.rotation = Math.atan2(dy, dx);
    this.tweens.add({ targets: arrow, x: this.bow.x + dx * 5, y: this.bow.y + dy * 5, duration: 700, onComplete: () => arrow.destroy() });
    this.shots += 1;
    this.info.setText('shots: ' + this.shots);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#335533', scene: Archery });
