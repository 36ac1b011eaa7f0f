// Press SPACE to pump: every balloon grows by 0.2 of its size, and a balloon at twice its size pops
const STEP = 0.2;
class Pump extends Phaser.Scene {
  create() {
    this.balloons = this.add.group();
    [200, 400, 600].forEach((x, i) => this.balloons.add(this.add.circle(x, 300, 30, [0xff5555, 0x55ff55, 0x5555ff][i]).setScale(1 + i * 0.2)));
    this.popped = 0;
    this.label = this.add.text(20, 20, 'Popped: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => this.pump());
  }
  pump() {
    Phaser.Actions.ScaleXY(this.balloons.getChildren(), STEP);
    this.balloons.getChildren().slice().forEach((b) => {
      if (b.scaleX >= 2) {
        b.destroy();
        this.popped += 1;
        this.label.setText('Popped: ' + this.popped);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pump });
