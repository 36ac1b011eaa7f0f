// Pipe puzzle: click a pipe to turn it 90 degrees; the row lights up when every pipe points right
class Pipes extends Phaser.Scene {
  constructor() { super('pipes'); }
  create() {
    this.pipes = [];
    for (let i = 0; i < 5; i++) {
      const p = this.add.rectangle(100 + i * 100, 200, 70, 16, 0x607d8b).setInteractive();
      p.angle = 90 * Phaser.Math.Between(1, 3);
      p.on('pointerdown', () => this.turn(p));
      this.pipes.push(p);
    }
    this.status = this.add.text(20, 20, 'turn every pipe flat', { fontSize: '18px', color: '#ffffff' });
  }
  turn(pipe) {
    if (this.tweens.isTweening(pipe)) return;
    this.tweens.add({ targets: pipe, angle: pipe.angle + 90, duration: 200 });
    this.checkRow();
  }
  checkRow() {
    const flat = this.pipes.every((p) => Math.round(p.angle / 90) % 2 === 0);
    this.pipes.forEach((p) => p.setFillStyle(flat ? 0x4fc3f7 : 0x607d8b));
    this.status.setText(flat ? 'water flows!' : 'turn every pipe flat');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Pipes });
