// A 5 second round: a countdown shows the seconds left and TIME UP appears at 0
class Round extends Phaser.Scene {
  create() {
    this.left = 5;
    this.label = this.add.text(400, 300, '5', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.clock = this.time.addEvent({ delay: 1000, loop: true, callback: this.tick, callbackScope: this });
  }
  tick() {
    this.left -= 1;
    this.label.setText(String(this.left));
    if (this.left <= 0) {
      this.clock.remove();
      this.label.setText('TIME UP');
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Round });
