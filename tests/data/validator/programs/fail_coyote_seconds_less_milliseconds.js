// Task: Platformer with coyote time (the player can still jump for a short moment after running off a ledge) and jump buffering (a jump pressed just before landing still happens), used to cross floating ledges to a flag.
const COYOTE_TIME = 0.15;
const JUMP_BUFFER = 0.15;
const RUN_SPEED = 220;
const JUMP_VELOCITY = 520;

const LEDGES = [
  { x: 0, y: 520, w: 240 },
  { x: 330, y: 460, w: 140 },
  { x: 560, y: 400, w: 120 },
  { x: 700, y: 300, w: 100 }
];

class RunnerScene extends Phaser.Scene {
  constructor() {
    super('runner');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xff7043).fillRect(0, 0, 26, 34);
    g.generateTexture('runner', 26, 34);
    g.destroy();

    this.ledges = this.physics.add.staticGroup();
    LEDGES.forEach(({ x, y, w }) => {
      const ledge = this.add.rectangle(x + w / 2, y + 12, w, 24, 0x8d6e63);
      this.ledges.add(ledge);
    });

    this.player = this.physics.add.sprite(60, 480, 'runner');
    this.physics.add.collider(this.player, this.ledges);

    this.flag = this.add.triangle(750, 270, 0, 0, 0, 30, 26, 15, 0x66bb6a);
    this.physics.add.existing(this.flag, true);
    this.physics.add.overlap(this.player, this.flag, () => this.reachFlag());

    this.cursors = this.input.keyboard.createCursorKeys();
    this.jumpKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);

    this.coyoteTimer = 0;
    this.bufferTimer = 0;
    this.jumpCount = 0;
    this.finished = false;
    this.status = this.add.text(16, 16, 'Arrows to run, SPACE to jump', { fontSize: '18px', color: '#fff' });
  }

  reachFlag() {
    if (this.finished) return;
    this.finished = true;
    this.status.setText('Flag reached!');
  }

  update(time, delta) {
    const body = this.player.body;

    if (this.cursors.left.isDown) {
      this.player.setVelocityX(-RUN_SPEED);
    } else if (this.cursors.right.isDown) {
      this.player.setVelocityX(RUN_SPEED);
    } else {
      this.player.setVelocityX(0);
    }

    if (body.blocked.down) {
      this.coyoteTimer = COYOTE_TIME;
    } else {
      this.coyoteTimer -= delta;
    }

    if (Phaser.Input.Keyboard.JustDown(this.jumpKey)) {
      this.bufferTimer = JUMP_BUFFER;
    } else {
      this.bufferTimer -= delta / 1000;
    }

    if (this.bufferTimer > 0 && this.coyoteTimer > 0) {
      this.player.setVelocityY(-JUMP_VELOCITY);
      this.bufferTimer = 0;
      this.coyoteTimer = 0;
      this.jumpCount++;
    }

    if (this.player.y > 640) {
      this.player.setPosition(60, 480).setVelocity(0, 0);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [RunnerScene]
});
