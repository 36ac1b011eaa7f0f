// Dance recorder: press arrows to record moves, R replays them; hold SHIFT while pressing R for a 3x fast replay
const STEP = 50;
class Dance extends Phaser.Scene {
  constructor() { super('dance'); }
  create() {
    this.dancer = this.add.rectangle(300, 200, 30, 30, 0xff66cc);
    this.moves = [];
    this.startedAt = this.time.now;
    this.info = this.add.text(10, 10, 'moves: 0', { fontSize: '16px', color: '#fff' });
    this.input.keyboard.on('keydown', (event) => {
      const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
      if (dir) {
        this.moves.push({ t: this.time.now - this.startedAt, dir });
        this.dancer.x += dir[0] * STEP;
        this.dancer.y += dir[1] * STEP;
        this.info.setText('moves: ' + this.moves.length);
      } else if (event.key === 'r' || event.key === 'R') {
        this.replay(event.shiftKey ? 3 : 1);
      }
    });
  }
  replay(speed) {
    this.dancer.setPosition(300, 200);
    this.tweens.timeScale = speed;
    this.moves.forEach((m) => {
      this.time.delayedCall(m.t, () => {
        this.dancer.x += m.dir[0] * STEP;
        this.dancer.y += m.dir[1] * STEP;
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#202040', scene: Dance });
