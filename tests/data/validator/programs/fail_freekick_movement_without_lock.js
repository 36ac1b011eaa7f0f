// Free kick: press on the ball and swipe the mouse toward the goal, releasing to shoot; the swipe's direction and speed set the shot, the ball slows as it rolls, a wall of defenders and a keeper sliding along the goal line block it, a ball crossing the line between the posts is a goal, and after 5 kicks the goals are shown (click to play again).
const SPOT = { x: 400, y: 470 }, GOAL_Y = 60, POST_L = 300, POST_R = 500, KICKS = 5;

class FreeKickScene extends Phaser.Scene {
  constructor() {
    super('FreeKick');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(11, 11, 11).fillStyle(0x222222).fillCircle(11, 11, 4).generateTexture('fball', 22, 22).clear();
    g.fillStyle(0xcc2233).fillCircle(16, 16, 16).generateTexture('defender', 32, 32).destroy();
    this.add.rectangle(400, GOAL_Y / 2, POST_R - POST_L, GOAL_Y, 0xdddddd, 0.4).setStrokeStyle(4, 0xffffff);
    this.add.line(0, 0, 0, GOAL_Y, 800, GOAL_Y, 0xffffff).setOrigin(0);

    this.wall = this.physics.add.staticGroup();
    [440, 475, 510].forEach(x => this.wall.create(x, 300, 'defender').setCircle(16));
    this.keeper = this.add.rectangle(340, GOAL_Y + 15, 60, 16, 0x22cc44);
    this.physics.add.existing(this.keeper);
    this.keeper.body.setImmovable(true);
    this.tweens.add({ targets: this.keeper, x: 460, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });

    this.ball = this.physics.add.image(SPOT.x, SPOT.y, 'fball').setCircle(11).setBounce(0.6).setCollideWorldBounds(true);
    this.ball.setDamping(true).setDrag(0.5);
    this.physics.add.collider(this.ball, this.wall);
    this.physics.add.collider(this.ball, this.keeper);

    this.kicks = 0;
    this.goals = 0;
    this.state = 'ready';
    this.hud = this.add.text(16, 560, '', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(400, 400, '', { fontSize: '28px', color: '#ffee55' }).setOrigin(0.5);

    this.input.on('pointerdown', p => {
      if (this.state === 'ready' && Phaser.Math.Distance.Between(p.x, p.y, this.ball.x, this.ball.y) < 40) {
        this.state = 'swiping';
        this.swipe = [];
      }
    });
    this.input.on('pointermove', p => {
      if (this.state === 'swiping') this.swipe.push({ dx: p.movementX, dy: p.movementY });
    });
    this.input.on('pointerup', () => { if (this.state === 'swiping') this.kick(); });
    this.showHud();
  }

  showHud() {
    this.hud.setText(`Kick ${Math.min(this.kicks + 1, KICKS)}/${KICKS}   Goals: ${this.goals}`);
  }

  kick() {
    const recent = this.swipe.slice(-5);
    const v = recent.reduce((sum, m) => sum.add(new Phaser.Math.Vector2(m.dx, m.dy)), new Phaser.Math.Vector2());
    if (v.length() < 40 || v.y >= 0) {
      this.state = 'ready';
      this.msg.setText('Swipe faster, toward the goal!');
      return;
    }
    v.scale(6).limit(900);
    this.ball.setVelocity(v.x, v.y);
    this.msg.setText('');
    this.state = 'flight';
  }

  endKick(text) {
    this.state = 'done';
    this.kicks++;
    this.msg.setText(text);
    this.showHud();
    this.time.delayedCall(1200, () => {
      if (this.kicks === KICKS) {
        this.msg.setText(`Full time: ${this.goals}/${KICKS} goals\nClick to play again`);
        this.input.once('pointerdown', () => this.scene.restart());
        return;
      }
      this.ball.body.reset(SPOT.x, SPOT.y);
      this.msg.setText('');
      this.state = 'ready';
    });
  }

  update() {
    if (this.state !== 'flight') return;
    if (this.ball.y < GOAL_Y) {
      this.ball.body.stop();
      if (this.ball.x > POST_L && this.ball.x < POST_R) {
        this.goals++;
        this.endKick('GOAL!');
      } else this.endKick('Wide!');
    } else if (this.ball.body.speed < 15) {
      this.ball.body.stop();
      this.endKick('Saved!');
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2f8a3c',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: FreeKickScene
});
