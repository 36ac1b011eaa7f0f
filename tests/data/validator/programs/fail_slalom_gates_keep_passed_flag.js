// Slalom: gates scroll up past the skier; steer with the mouse; passing through a gate scores a point
class Slalom extends Phaser.Scene {
  constructor() { super('slalom'); }
  create() {
    this.skier = this.add.triangle(300, 100, 0, 0, 20, 0, 10, 24, 0xffffff);
    this.score = 0;
    this.text = this.add.text(10, 10, 'Score: 0', { fontSize: '20px', color: '#0d47a1' });
    this.gates = [];
    for (let i = 0; i < 4; i++) {
      const x = Phaser.Math.Between(150, 450);
      this.gates.push({ y: 300 + i * 120, x, flag: this.add.rectangle(x, 300 + i * 120, 80, 8, 0xe53935), passed: false });
    }
    this.input.on('pointermove', (p) => { this.skier.x = p.x; });
  }
  update(time, delta) {
    for (const gate of this.gates) {
      gate.y -= 0.12 * delta;
      if (!gate.passed && gate.y < this.skier.y) {
        gate.passed = true;
        if (Math.abs(this.skier.x - gate.x) < 40) this.text.setText('Score: ' + (++this.score));
      }
      if (gate.y < -20) {
        gate.y += 480;
        gate.x = Phaser.Math.Between(150, 450);
      }
      gate.flag.setPosition(gate.x, gate.y);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#e3f2fd', scene: Slalom });
