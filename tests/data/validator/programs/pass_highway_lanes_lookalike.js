// Three-lane highway: Left/Right arrows move the player's car one lane (it stays within the 3 lanes), and A, S, D jump straight to the left, middle and right lane. Traffic cars drive down the lanes; each car that gets past the player's car scores 10 points. Hitting a car ends the run (all traffic is cleared and the score stays as it was), and Space starts a new run.
const LANE_COUNT = 3;
const LANE_X = [250, 400, 550];
const JUMP_KEYS = { A: 0, S: 1, D: 2 };

class Highway extends Phaser.Scene {
  constructor() {
    super('highway');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x00e5ff, 1).fillRoundedRect(0, 0, 44, 76, 8);
    g.generateTexture('me', 44, 76);
    g.clear();
    g.fillStyle(0xff7043, 1).fillRoundedRect(0, 0, 44, 76, 8);
    g.generateTexture('traffic', 44, 76);
    g.destroy();

    this.add.rectangle(400, 300, 450, 600, 0x37474f);
    for (const x of [325, 475]) {
      for (let y = 0; y < 600; y += 60) this.add.rectangle(x, y, 6, 30, 0xffffff);
    }

    this.lane = 1;
    this.score = 0;
    this.running = true;
    this.player = this.physics.add.image(LANE_X[this.lane], 510, 'me');
    this.traffic = this.physics.add.group();
    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
    this.msg = this.add.text(400, 280, '', { fontSize: '36px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5).setDepth(3);

    this.spawnTimer = this.time.addEvent({ delay: 900, loop: true, callback: () => this.spawn() });
    this.physics.add.overlap(this.player, this.traffic, () => this.crash());

    this.input.keyboard.on('keydown', (ev) => {
      if (!this.running) {
        if (ev.code === 'Space') this.scene.restart();
        return;
      }
      if (ev.code === 'ArrowLeft') this.setLane(this.lane - 1);
      if (ev.code === 'ArrowRight') this.setLane(this.lane + 1);
      const target = JUMP_KEYS[ev.key.toUpperCase()];
      if (target !== undefined) this.setLane(target);
    });
  }

  setLane(lane) {
    this.lane = Phaser.Math.Clamp(lane, 0, LANE_COUNT - 1);
    this.tweens.add({ targets: this.player, x: LANE_X[this.lane], duration: 120 });
  }

  spawn() {
    const car = this.traffic.create(LANE_X[Phaser.Math.Between(0, LANE_COUNT - 1)], -50, 'traffic');
    car.setVelocityY(Phaser.Math.Between(260, 360));
    car.passed = false;
  }

  crash() {
    if (!this.running) return;
    this.running = false;
    this.spawnTimer.remove();
    this.traffic.clear(true, true);
    this.player.setTint(0xff0000);
    this.msg.setText('CRASH! Score ' + this.score + '\nSpace for a new run');
  }

  update() {
    if (!this.running) return;
    this.traffic.getChildren().slice().forEach((car) => {
      if (!car.passed && car.y - 38 > this.player.y + 38) {
        car.passed = true;
        this.score += 10;
        this.scoreText.setText('Score: ' + this.score);
      }
      if (car.y > 680) car.destroy();
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: Highway
};

new Phaser.Game(config);
