// Waves of three targets: click targets to pop them; when a wave is cleared the next wave comes after one second
class Waves extends Phaser.Scene {
  create() {
    this.targets = this.add.group();
    this.wave = 0;
    this.label = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.nextWave();
  }
  nextWave() {
    this.wave += 1;
    this.label.setText('Wave ' + this.wave);
    for (let i = 0; i < 3; i++) {
      const t = this.add.circle(200 + i * 200, 300, 30, 0xff5555).setInteractive();
      t.on('pointerdown', () => t.destroy());
      this.targets.add(t);
    }
  }
  update() {
    if (this.targets.countActive(true) === 0 && !this.waiting) {
      this.waiting = true;
      this.label.setText('Wave cleared!');
      this.time.delayedCall(1000, () => { this.waiting = false; this.nextWave(); });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Waves });
