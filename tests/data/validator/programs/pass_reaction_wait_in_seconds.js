// Reaction timer: click to arm, the screen turns green after a random 2-5 second wait, and the player clicks as fast as possible; clicking early is a false start; the average of 5 tries is shown.
class ReactionScene extends Phaser.Scene {
  constructor() {
    super('reaction');
  }

  create() {
    this.panel = this.add.rectangle(400, 300, 800, 600, 0x2c3e50);
    this.title = this.add.text(400, 260, 'Click to start', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 330, 'Wait for green, then click!', { fontSize: '22px', color: '#dddddd' }).setOrigin(0.5);

    this.data.set({ state: 'idle', results: [], falseStarts: 0 });
    this.goTimer = null;
    this.goAt = 0;

    this.input.on('pointerdown', this.handleClick, this);
  }

  handleClick() {
    const state = this.data.get('state');
    if (state === 'idle' || state === 'result') {
      this.arm();
    } else if (state === 'waiting') {
      this.goTimer.remove();
      this.data.inc('falseStarts');
      this.data.set('state', 'result');
      this.panel.setFillStyle(0x8e44ad);
      this.title.setText('Too soon!');
      this.info.setText('Click to try again');
    } else if (state === 'go') {
      const ms = Math.round(this.time.now - this.goAt);
      const results = this.data.get('results');
      results.push(ms);
      this.data.set('state', results.length >= 5 ? 'done' : 'result');
      this.panel.setFillStyle(0x2c3e50);
      this.title.setText(ms + ' ms');
      if (results.length >= 5) {
        const avg = Math.round(results.reduce((a, b) => a + b, 0) / results.length);
        this.data.set('average', avg);
        this.info.setText(`Average of 5: ${avg} ms   (false starts: ${this.data.get('falseStarts')})`);
      } else {
        this.info.setText(`Try ${results.length}/5 - click to continue`);
      }
    }
  }

  arm() {
    this.data.set('state', 'waiting');
    this.panel.setFillStyle(0xc0392b);
    this.title.setText('Wait...');
    this.info.setText('');
    const wait = Phaser.Math.FloatBetween(2, 5);
    this.goTimer = this.time.delayedCall(wait * 1000, this.showGo, [], this);
  }

  showGo() {
    this.data.set('state', 'go');
    this.goAt = this.time.now;
    this.panel.setFillStyle(0x27ae60);
    this.title.setText('CLICK!');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: ReactionScene
});
