// Angle maker: a fixed arm points right from a vertex inside a protractor ring labelled every 30 degrees anticlockwise from 0 (right) through 90 (up); move the mouse to swing the second arm, and a live readout shows the angle between the arms measured anticlockwise from the fixed arm (0-359) with an arc marking it; a target angle (a multiple of 15 from 15 to 345) is shown and a click locks in your angle: within 5 degrees of the target scores a point; 10 targets per game, then the score, and a click starts again.
const VX = 320;
const VY = 320;
const ARM = 210;

class AngleScene extends Phaser.Scene {
  constructor() {
    super('angles');
  }

  create() {
    const ring = this.add.graphics();
    ring.lineStyle(2, 0x9db4c0, 1).strokeCircle(VX, VY, ARM + 10);
    for (let d = 0; d < 360; d += 10) {
      const r = Phaser.Math.DegToRad(-d);
      const inner = d % 30 === 0 ? ARM - 6 : ARM + 2;
      ring.lineBetween(VX + Math.cos(r) * inner, VY + Math.sin(r) * inner, VX + Math.cos(r) * (ARM + 10), VY + Math.sin(r) * (ARM + 10));
      if (d % 30 === 0) {
        this.add.text(VX + Math.cos(r) * (ARM + 32), VY + Math.sin(r) * (ARM + 32), d + '\u00b0', {
          fontSize: '15px', color: '#5c6b73'
        }).setOrigin(0.5);
      }
    }

    this.gfx = this.add.graphics();
    this.targetText = this.add.text(600, 80, '', { fontSize: '30px', color: '#253237', fontStyle: 'bold' });
    this.readout = this.add.text(600, 140, '', { fontSize: '22px', color: '#c1121f' });
    this.scoreText = this.add.text(600, 200, '', { fontSize: '22px', color: '#253237' });
    this.feedback = this.add.text(600, 260, '', { fontSize: '22px', color: '#2a9d8f', wordWrap: { width: 190 } });

    this.armAngle = -Math.PI / 4;
    this.input.on('pointermove', (pointer) => {
      this.armAngle = Phaser.Math.Angle.Between(VX, VY, pointer.x, pointer.y);
      this.refresh();
    });
    this.input.on('pointerdown', () => this.lockIn());
    this.newGame();
  }

  newGame() {
    this.round = 0;
    this.score = 0;
    this.finished = false;
    this.feedback.setText('');
    this.nextTarget();
  }

  nextTarget() {
    this.round += 1;
    this.target = Phaser.Math.Between(1, 23) * 15;
    this.targetText.setText('Make ' + this.target + '\u00b0');
    this.scoreText.setText('Target ' + this.round + ' / 10\nScore: ' + this.score);
    this.refresh();
  }

  currentDegrees() {
    const deg = Phaser.Math.RadToDeg(Phaser.Math.Angle.CounterClockwise(this.armAngle));
    return Math.round(deg) % 360;
  }

  refresh() {
    const deg = this.currentDegrees();
    const g = this.gfx;
    g.clear();
    g.fillStyle(0xffb703, 0.45);
    g.slice(VX, VY, 70, 0, Phaser.Math.DegToRad(-deg), true);
    g.fillPath();
    g.lineStyle(6, 0x023047, 1);
    g.lineBetween(VX, VY, VX + ARM, VY);
    g.lineStyle(6, 0xc1121f, 1);
    g.lineBetween(VX, VY, VX + Math.cos(this.armAngle) * ARM, VY + Math.sin(this.armAngle) * ARM);
    g.fillStyle(0x023047, 1).fillCircle(VX, VY, 7);
    this.readout.setText('Your angle: ' + deg + '\u00b0');
  }

  lockIn() {
    if (this.finished) {
      this.newGame();
      return;
    }
    const deg = this.currentDegrees();
    const diff = Math.abs(deg - this.target);
    const error = Math.min(diff, 360 - diff);
    if (error <= 5) {
      this.score += 1;
      this.feedback.setColor('#2a9d8f').setText(deg + '\u00b0 - close enough!');
    } else {
      this.feedback.setColor('#c1121f').setText(deg + '\u00b0 is ' + error + '\u00b0 away from ' + this.target + '\u00b0');
    }
    if (this.round >= 10) {
      this.finished = true;
      this.scoreText.setText('Final score: ' + this.score + ' / 10');
      this.targetText.setText('Done!');
      this.feedback.setColor('#253237').setText('Click to play again');
      return;
    }
    this.nextTarget();
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f0f4f8',
  scene: AngleScene
};

new Phaser.Game(config);
