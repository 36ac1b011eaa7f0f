// A countdown from 10 on screen goes down by one every second and shows GO at zero
class Countdown extends Phaser.Scene {
  create() {
    this.left = 10;
    this.passed = 0;
    this.label = this.add.text(400, 300, '10', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
  }
  startClock() {
    this.clock = this.time.addEvent({ delay: 1000, repeat: 9, callback: this.tick, callbackScope: this });
  }
  tick() {
    this.left -= 1;
    this.label.setText(this.left > 0 ? String(this.left) : 'GO');
  }
  update(time, delta) {
    if (this.left <= 0) return;
    this.passed += delta;
    if (this.passed >= 1000) {
      this.passed -= 1000;
      this.tick();
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Countdown });
