// Combo clicker: click the target as it jumps around; consecutive hits build a combo and every 5 hits raise the score multiplier (max x4); clicking empty space breaks the combo; 30-second round.
class ComboScene extends Phaser.Scene {
  constructor() {
    super('combo');
  }

  create() {
    this.score = 0;
    this.combo = 0;
    this.multiplier = 1;
    this.misses = 0;
    this.playing = true;

    this.target = this.add.circle(400, 300, 36, 0xff4757).setStrokeStyle(6, 0xffffff);
    this.target.setInteractive({ useHandCursor: true });
    this.target.on('pointerdown', this.hitTarget, this);

    this.input.on('pointerdown', () => {
      if (this.playing) this.breakCombo();
    });

    this.scoreText = this.add.text(20, 16, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
    this.comboText = this.add.text(20, 50, 'Combo: 0   x1', { fontSize: '20px', color: '#ffd32a' });
    this.timeText = this.add.text(780, 16, '30', { fontSize: '26px', color: '#ffffff' }).setOrigin(1, 0);

    this.roundTimer = this.time.addEvent({ delay: 30000, callback: this.endRound, callbackScope: this });
  }

  hitTarget() {
    if (!this.playing) return;
    this.combo++;
    this.multiplier = Math.min(4, 1 + Math.floor(this.combo / 5));
    this.score += 10 * this.multiplier;
    this.refreshHud();
    this.target.setPosition(Phaser.Math.Between(80, 720), Phaser.Math.Between(120, 540));
    this.target.setScale(0.6);
    this.tweens.add({ targets: this.target, scale: 1, duration: 150, ease: 'Back.Out' });
  }

  breakCombo() {
    this.misses++;
    this.combo = 0;
    this.multiplier = 1;
    this.refreshHud();
    this.cameras.main.flash(120, 120, 0, 0);
  }

  refreshHud() {
    this.scoreText.setText('Score: ' + this.score);
    this.comboText.setText(`Combo: ${this.combo}   x${this.multiplier}`);
  }

  endRound() {
    this.playing = false;
    this.target.disableInteractive().setVisible(false);
    this.add.text(400, 300, `Time!\nFinal score: ${this.score}`, {
      fontSize: '40px', color: '#ffffff', align: 'center'
    }).setOrigin(0.5);
  }

  update() {
    if (this.playing) {
      this.timeText.setText(Math.ceil(this.roundTimer.getRemainingSeconds()).toString());
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2f3542',
  scene: ComboScene
});
