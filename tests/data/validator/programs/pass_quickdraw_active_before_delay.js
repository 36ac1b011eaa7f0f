// Two-player quick-draw: after a random 2-5 second wait the screen shows DRAW!, the first player to press their key afterwards (A = left, L = right) wins the round, pressing before DRAW! loses the round, and the first to 3 rounds wins the match.
const ROUNDS_TO_WIN = 3;

class QuickDraw extends Phaser.Scene {
  constructor() {
    super({ key: 'QuickDraw' });
  }

  create() {
    this.wins = [0, 0];
    this.phase = 'idle';
    this.input.keyboard.on('keydown-A', () => this.shoot(0));
    this.input.keyboard.on('keydown-L', () => this.shoot(1));

    this.gunslingers = [150, 650].map((x, i) => {
      const body = this.add.rectangle(x, 380, 60, 140, i === 0 ? 0x8d6e63 : 0x546e7a);
      this.add.rectangle(x, 290, 90, 16, 0x3e2723);
      this.add.text(x, 480, i === 0 ? 'Player 1 [A]' : 'Player 2 [L]', { fontSize: '20px' }).setOrigin(0.5);
      return body;
    });
    this.waitText = this.add.text(400, 180, 'WAIT...', { fontSize: '48px', color: '#bdbdbd' }).setOrigin(0.5);
    this.signal = this.add.text(400, 180, 'DRAW!', { fontSize: '72px', fontStyle: 'bold', color: '#ff1744' }).setOrigin(0.5);
    this.result = this.add.text(400, 270, '', { fontSize: '24px', color: '#ffe082' }).setOrigin(0.5);
    this.scoreText = this.add.text(400, 40, '', { fontSize: '28px' }).setOrigin(0.5);
    this.updateScore();
    this.startRound();
  }

  startRound() {
    this.phase = 'wait';
    this.waitText.setVisible(true);
    this.result.setText('');
    this.signal.setScale(0.3).setAlpha(0);
    this.drawTween = this.tweens.add({
      targets: this.signal,
      alpha: 1,
      scale: 1,
      duration: 160,
      ease: 'Back.easeOut',
      delay: Phaser.Math.Between(2000, 5000),
      onStart: () => {
        this.phase = 'draw';
        this.waitText.setVisible(false);
        this.cameras.main.flash(120, 255, 255, 255);
      }
    });
  }

  shoot(player) {
    if (this.phase === 'wait') {
      this.endRound(1 - player, `Player ${player + 1} drew too early!`);
    } else if (this.phase === 'draw') {
      this.endRound(player, `Player ${player + 1} is faster!`);
    }
  }

  endRound(winner, text) {
    this.phase = 'over';
    this.drawTween.remove();
    this.waitText.setVisible(false);
    this.wins[winner]++;
    this.updateScore();
    this.result.setText(text);
    const loser = this.gunslingers[1 - winner];
    this.tweens.add({ targets: loser, angle: winner === 0 ? 80 : -80, duration: 300, yoyo: true, hold: 500 });

    if (this.wins[winner] >= ROUNDS_TO_WIN) {
      this.phase = 'done';
      this.signal.setText(`PLAYER ${winner + 1} WINS!`).setColor('#69f0ae').setScale(1).setAlpha(1);
      this.result.setText('Press SPACE for a rematch');
      this.input.keyboard.once('keydown-SPACE', () => this.scene.restart());
    } else {
      this.time.delayedCall(1800, () => this.startRound());
    }
  }

  updateScore() {
    this.scoreText.setText(`P1  ${this.wins[0]} - ${this.wins[1]}  P2`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 560,
  backgroundColor: '#4e342e',
  scene: QuickDraw
});
