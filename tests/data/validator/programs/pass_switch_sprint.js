// Timed-switch platformer with 2 levels: arrows move, Up jumps; touching the yellow switch extends the bridge over the pit for 4 seconds (a bar shows the time left), falling into the pit restarts the level, and a level timer in the corner counts up from 0.0 s every time a level starts or restarts and shows the final time at the flag.
const COURSES = [
  { switchX: 200, pit: [320, 520], flagX: 730 },
  { switchX: 120, pit: [260, 560], flagX: 740 }
];

class SwitchSprint extends Phaser.Scene {
  constructor() {
    super('SwitchSprint');
  }

  init(data) {
    this.course = data.course || 0;
  }

  create() {
    const c = COURSES[this.course];
    const [pitL, pitR] = c.pit;
    this.ground = this.physics.add.staticGroup();
    this.ground.add(this.add.rectangle(pitL / 2, 570, pitL, 60, 0x588157));
    this.ground.add(this.add.rectangle((pitR + 800) / 2, 570, 800 - pitR, 60, 0x588157));

    this.bridge = this.add.rectangle((pitL + pitR) / 2, 550, pitR - pitL, 20, 0xdda15e);
    this.physics.add.existing(this.bridge, true);
    this.bridge.body.enable = false;
    this.bridge.setAlpha(0.15);

    this.switchPad = this.add.rectangle(c.switchX, 532, 40, 16, 0xffd60a);
    this.physics.add.existing(this.switchPad, true);
    this.flag = this.add.triangle(c.flagX, 510, 0, 0, 0, 40, 34, 20, 0xef233c);
    this.physics.add.existing(this.flag, true);

    this.runner = this.add.rectangle(50, 500, 24, 36, 0xe9f5db);
    this.physics.add.existing(this.runner);
    this.runner.body.setCollideWorldBounds(true);
    this.physics.world.setBoundsCollision(true, true, true, false);
    this.physics.add.collider(this.runner, [this.ground, this.bridge]);
    this.physics.add.overlap(this.runner, this.switchPad, () => this.extendBridge());
    this.physics.add.overlap(this.runner, this.flag, () => this.finish());

    this.bar = this.add.rectangle(250, 70, 300, 10, 0xffd60a).setOrigin(0, 0.5).setScale(0, 1);
    this.add.text(16, 14, 'Level ' + (this.course + 1) + ' / ' + COURSES.length, { fontSize: '20px', color: '#ffffff' });
    this.clock = this.add.text(784, 14, 'Time: 0.0 s', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.bridgeTimer = null;
    this.done = false;
    this.elapsed = 0;
  }

  extendBridge() {
    if (this.bridgeTimer) this.bridgeTimer.remove(false);
    this.bridge.body.enable = true;
    this.bridge.setAlpha(1);
    this.bridgeTimer = this.time.delayedCall(4000, () => {
      this.bridge.body.enable = false;
      this.bridge.setAlpha(0.15);
      this.bridgeTimer = null;
    });
  }

  finish() {
    if (this.done) return;
    this.done = true;
    this.runner.body.setVelocity(0, 0);
    this.runner.body.moves = false;
    const last = this.course === COURSES.length - 1;
    this.add.text(400, 250, (last ? 'Course complete!' : 'Level done!') + '\n' + this.clock.text, { fontSize: '36px', color: '#ffd60a', align: 'center' }).setOrigin(0.5);
    if (!last) this.time.delayedCall(1500, () => this.scene.restart({ course: this.course + 1 }));
  }

  update(time, delta) {
    if (this.done) return;
    this.elapsed += delta;
    this.clock.setText('Time: ' + (this.elapsed / 1000).toFixed(1) + ' s');
    this.bar.scaleX = this.bridgeTimer ? 1 - this.bridgeTimer.getProgress() : 0;

    const body = this.runner.body;
    body.setVelocityX(this.cursors.left.isDown ? -210 : this.cursors.right.isDown ? 210 : 0);
    if (this.cursors.up.isDown && body.blocked.down) body.setVelocityY(-470);
    if (this.runner.y > 640) this.scene.restart({ course: this.course });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#344e41',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: SwitchSprint
};

new Phaser.Game(config);
