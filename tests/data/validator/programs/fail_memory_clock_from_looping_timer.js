// Memory game clock: show how many seconds the player has been playing
class Clock extends Phaser.Scene {
  create() {
    this.clockText = this.add.text(20, 20, 'Time: 0s', { fontSize: '22px', color: '#ffffff' });
    this.ticker = this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      this.clockText.setText('Time: ' + Math.floor(this.ticker.getElapsedSeconds()) + 's');
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clock });
