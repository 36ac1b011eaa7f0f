// Time trial: each lap has a 30 second limit; pressing SPACE finishes the lap and adds its time to the total
class Trial extends Phaser.Scene {
  constructor() { super('trial'); }
  create() {
    this.total = 0;
    this.laps = 0;
    this.info = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.startLap();
    this.input.keyboard.on('keydown-SPACE', () => this.finishLap());
  }
  startLap() {
    this.lapTimer = this.time.addEvent({ delay: 30000, callback: () => this.startLap() });
  }
  finishLap() {
    this.lapTimer.remove();
    this.total += this.lapTimer.getElapsed();
    this.laps++;
    this.startLap();
  }
  update() {
    this.info.setText('Laps: ' + this.laps + '\nTotal: ' + (this.total / 1000).toFixed(2) + ' s\nThis lap: ' + (this.lapTimer.getElapsed() / 1000).toFixed(2) + ' s');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, scene: Trial });
