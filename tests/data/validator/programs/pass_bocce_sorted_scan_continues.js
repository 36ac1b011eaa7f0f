// Bocce: Red and Blue take turns clicking on the court to roll a ball to that spot, two balls each per end; after the four balls the team with the ball closest to the white pallino scores one point for each of its balls that is closer than the other team's closest ball, and the first team to 3 points wins (click to play again).
const JACK = { x: 400, y: 170 }, START = { x: 400, y: 560 }, TARGET = 3;
const COURT = new Phaser.Geom.Rectangle(250, 40, 300, 500);
const TEAMS = [{ name: 'Red', color: 0xd83a3a }, { name: 'Blue', color: 0x3a6ad8 }];

class BocceScene extends Phaser.Scene {
  constructor() {
    super('Bocce');
  }

  create() {
    this.add.rectangle(COURT.centerX, COURT.centerY, COURT.width, COURT.height, 0xc9a86a).setStrokeStyle(6, 0x7a5230);
    this.add.circle(JACK.x, JACK.y, 7, 0xffffff).setStrokeStyle(1, 0x333333);
    this.hud = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff', lineSpacing: 6 });
    this.msg = this.add.text(580, 300, '', { fontSize: '22px', color: '#ffee66', wordWrap: { width: 200 } });
    this.points = [0, 0];
    this.endNo = 1;
    this.over = false;
    this.input.on('pointerdown', this.throwBall, this);
    this.startEnd();
  }

  startEnd() {
    this.balls = [];
    this.first = (this.endNo - 1) % 2;
    this.busy = false;
    this.msg.setText('');
    this.showHud();
  }

  currentTeam() {
    return this.balls.length % 2 === 0 ? this.first : 1 - this.first;
  }

  showHud() {
    const turn = this.over || this.balls.length === 4 ? '' : `${TEAMS[this.currentTeam()].name} to throw`;
    this.hud.setText([`End ${this.endNo}`, `Red ${this.points[0]}  -  ${this.points[1]} Blue`, turn]);
  }

  throwBall(pointer) {
    if (this.busy || this.over || !COURT.contains(pointer.x, pointer.y)) return;
    const team = this.currentTeam();
    const ball = this.add.circle(START.x, START.y, 14, TEAMS[team].color).setStrokeStyle(2, 0x000000);
    ball.setData('team', team);
    this.balls.push(ball);
    this.busy = true;
    this.tweens.add({
      targets: ball, x: pointer.x, y: pointer.y, duration: 700, ease: 'Cubic.easeOut',
      onComplete: () => {
        this.busy = false;
        if (this.balls.length === 4) this.scoreEnd();
        else this.showHud();
      }
    });
  }

  scoreEnd() {
    const ranked = this.balls
      .map(b => ({ team: b.getData('team'), dist: Phaser.Math.Distance.Between(b.x, b.y, JACK.x, JACK.y) }))
      .sort((a, b) => a.dist - b.dist);
    const lead = ranked[0].team;
    let pts = 0;
    for (const r of ranked) {
      if (r.team !== lead) break;
      pts++;
    }
    this.points[lead] += pts;
    this.lastEnd = { team: lead, pts };
    this.busy = true;
    if (this.points[lead] >= TARGET) {
      this.over = true;
      this.msg.setText(`${TEAMS[lead].name} scores ${pts}\n${TEAMS[lead].name} WINS!\nClick to play again`);
      this.time.delayedCall(500, () => this.input.once('pointerdown', () => this.scene.restart()));
    } else {
      this.msg.setText(`${TEAMS[lead].name} scores ${pts}`);
      this.time.delayedCall(1500, () => {
        this.balls.forEach(b => b.destroy());
        this.endNo++;
        this.startEnd();
      });
    }
    this.showHud();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2f5d34',
  scene: BocceScene
});
