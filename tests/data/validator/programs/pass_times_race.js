// Times-table race: your car and a CPU car race over 10 steps; a multiplication question (2-12 x 2-12) is shown, type the answer with the number keys and press Enter: a right answer moves your car one step, a wrong answer shows the right answer in red for a second and then a new question appears; the CPU car moves one step every 4 seconds; the first car to reach step 10 wins, and Space restarts after the race.
const STEPS = 10;
const START_X = 90;
const STEP_W = 62;

function makeCar(scene, key, color) {
  const g = scene.add.graphics();
  g.fillStyle(color, 1);
  g.fillRoundedRect(0, 8, 56, 22, 6);
  g.fillRoundedRect(12, 0, 30, 14, 5);
  g.fillStyle(0x111111, 1);
  g.fillCircle(14, 30, 7);
  g.fillCircle(44, 30, 7);
  g.generateTexture(key, 58, 38);
  g.destroy();
}

class RaceScene extends Phaser.Scene {
  constructor() {
    super('race');
  }

  create() {
    makeCar(this, 'carPlayer', 0x3a86ff);
    makeCar(this, 'carCpu', 0xff006e);
    this.over = false;
    this.locked = false;
    this.typed = '';
    this.playerStep = 0;
    this.cpuStep = 0;

    const track = this.add.graphics();
    track.fillStyle(0x3c3c3c, 1).fillRect(40, 120, 720, 190);
    track.lineStyle(2, 0xffffff, 0.5).lineBetween(40, 215, 760, 215);
    const finishX = this.stepX(STEPS) + 35;
    for (let i = 0; i < 10; i++) {
      track.fillStyle(i % 2 ? 0xffffff : 0x000000, 1).fillRect(finishX, 120 + i * 19, 10, 19);
    }

    this.player = this.add.image(this.stepX(0), 170, 'carPlayer');
    this.cpu = this.add.image(this.stepX(0), 265, 'carCpu');
    this.add.text(48, 126, 'YOU', { fontSize: '14px', color: '#8ecae6' });
    this.add.text(48, 222, 'CPU', { fontSize: '14px', color: '#ffafcc' });

    this.questionText = this.add.text(400, 380, '', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    this.feedback = this.add.text(400, 450, '', { fontSize: '28px', color: '#ff6b6b' }).setOrigin(0.5);
    this.add.text(400, 560, 'Type the answer and press Enter', { fontSize: '18px', color: '#adb5bd' }).setOrigin(0.5);

    this.cpuTimer = this.time.addEvent({ delay: 4000, loop: true, callback: this.cpuMove, callbackScope: this });

    this.input.keyboard.on('keydown', this.onKey, this);
    this.newQuestion();
  }

  stepX(step) {
    return START_X + step * STEP_W;
  }

  newQuestion() {
    this.a = Phaser.Math.Between(2, 12);
    this.b = Phaser.Math.Between(2, 12);
    this.typed = '';
    this.showQuestion();
  }

  showQuestion() {
    this.questionText.setText(this.a + ' \u00d7 ' + this.b + ' = ' + (this.typed || '?'));
  }

  onKey(event) {
    if (this.over) {
      if (event.code === 'Space') this.scene.restart();
      return;
    }
    if (this.locked) return;
    if (/^[0-9]$/.test(event.key) && this.typed.length < 3) {
      this.typed += event.key;
      this.showQuestion();
    } else if (event.key === 'Backspace') {
      this.typed = this.typed.slice(0, -1);
      this.showQuestion();
    } else if (event.key === 'Enter' && this.typed !== '') {
      this.submit();
    }
  }

  submit() {
    this.locked = true;
    if (Number(this.typed) === this.a * this.b) {
      this.playerStep += 1;
      this.tweens.add({
        targets: this.player,
        x: this.stepX(this.playerStep),
        duration: 300,
        ease: 'Cubic.easeOut',
        onComplete: () => {
          this.locked = false;
          if (!this.checkWin()) this.newQuestion();
        }
      });
    } else {
      this.feedback.setText(this.a + ' \u00d7 ' + this.b + ' = ' + this.a * this.b);
      this.time.delayedCall(1000, () => {
        if (this.over) return;
        this.locked = false;
        this.feedback.setText('');
        this.newQuestion();
      });
    }
  }

  cpuMove() {
    if (this.over) return;
    this.cpuStep += 1;
    this.tweens.add({
      targets: this.cpu,
      x: this.stepX(this.cpuStep),
      duration: 300,
      ease: 'Cubic.easeOut',
      onComplete: () => this.checkWin()
    });
  }

  checkWin() {
    if (this.over) return true;
    let msg = null;
    if (this.playerStep >= STEPS) msg = 'You win!';
    else if (this.cpuStep >= STEPS) msg = 'The CPU wins!';
    if (!msg) return false;
    this.over = true;
    this.cpuTimer.remove();
    this.questionText.setText(msg);
    this.feedback.setColor('#ffd166').setText('Press Space to race again');
    return true;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d3557',
  scene: RaceScene
};

new Phaser.Game(config);
