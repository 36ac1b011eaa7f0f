// A countdown from 10 on screen goes down by one every second and shows GO at zero
class Countdown extends Phaser.Scene {
  create() {
    this.left = 10;
    this.label = this.add.text(400, 300, '10', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.startClock();
  }
  startClock() {
    this.clock = this.time.addEvent({ delay: 1000, repeat: 9, callback: this.tick, callbackScope: this });
  }
  tick() {
    this.left -= 1;
    this.label.setText(this.left > 0 ? String(this.left) : 'GO');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Countdown });
