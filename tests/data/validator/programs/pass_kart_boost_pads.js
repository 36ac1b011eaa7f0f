// Top-down kart: Up accelerates along the kart's facing, Left/Right turn it, and without Up the kart coasts to a stop; its top speed is 220 px/s. Driving over a yellow boost pad (the kart passes over it, it is not an obstacle) raises the top speed to 400 px/s and launches the kart at that speed for 1.5 s. Grey barriers are solid walls. Collect all 5 flags to finish; the time is shown and R restarts.
class Kart extends Phaser.Scene {
  constructor() {
    super('kart');
  }

  create() {
    this.cameras.main.setBackgroundColor('#2e7d32');
    const g = this.add.graphics();
    g.fillStyle(0xd50000, 1).fillRect(0, 0, 40, 24);
    g.fillStyle(0xffffff, 1).fillRect(30, 6, 8, 12);
    g.generateTexture('kart', 40, 24);
    g.destroy();

    this.barriers = this.physics.add.staticGroup();
    [[400, 300, 260, 30], [150, 150, 30, 180], [650, 450, 30, 180], [400, 80, 30, 100]].forEach(([x, y, w, h]) => {
      this.barriers.add(this.add.rectangle(x, y, w, h, 0x9e9e9e));
    });
    this.pads = this.physics.add.staticGroup();
    [[260, 480], [560, 160], [90, 360]].forEach(([x, y]) => {
      this.pads.add(this.add.rectangle(x, y, 70, 70, 0xffeb3b, 0.8));
    });
    this.flags = this.physics.add.staticGroup();
    [[700, 80], [80, 540], [720, 560], [300, 200], [500, 380]].forEach(([x, y]) => {
      this.flags.add(this.add.triangle(x, y, 0, 0, 0, 30, 24, 8, 0x2962ff));
    });

    this.kart = this.physics.add.image(400, 520, 'kart');
    this.kart.setCollideWorldBounds(true).setDrag(160);
    this.kart.body.setMaxSpeed(220);
    this.kart.body.setSize(28, 24);
    this.kart.rotation = -Math.PI / 2;
    this.boostTimer = null;

    this.physics.add.collider(this.kart, this.barriers);
    this.physics.add.overlap(this.kart, this.pads, () => this.boost());
    this.physics.add.overlap(this.kart, this.flags, (k, flag) => {
      flag.destroy();
      if (this.flags.countActive() === 0) this.finish();
    });

    this.elapsed = 0;
    this.finished = false;
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  boost() {
    this.kart.body.setMaxSpeed(400);
    this.physics.velocityFromRotation(this.kart.rotation, 400, this.kart.body.velocity);
    if (this.boostTimer) this.boostTimer.remove();
    this.boostTimer = this.time.delayedCall(1500, () => {
      this.kart.body.setMaxSpeed(220);
      this.boostTimer = null;
    });
  }

  finish() {
    this.finished = true;
    this.physics.pause();
    this.add.text(400, 300, 'Finished in ' + (this.elapsed / 1000).toFixed(2) + ' s\nR to race again', { fontSize: '36px', color: '#ffffff', align: 'center', backgroundColor: '#000000aa' }).setOrigin(0.5);
  }

  update(time, delta) {
    if (this.finished) return;
    this.elapsed += delta;
    const turn = 3.2 * delta / 1000;
    if (this.cursors.left.isDown) this.kart.rotation -= turn;
    if (this.cursors.right.isDown) this.kart.rotation += turn;
    if (this.cursors.up.isDown) {
      this.physics.velocityFromRotation(this.kart.rotation, 500, this.kart.body.acceleration);
    } else {
      this.kart.setAcceleration(0);
    }
    const speed = Math.round(this.kart.body.speed);
    this.hud.setText('Speed: ' + speed + ' px/s   Flags left: ' + this.flags.countActive() + '   Time: ' + (this.elapsed / 1000).toFixed(1) + ' s');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: Kart
};

new Phaser.Game(config);
