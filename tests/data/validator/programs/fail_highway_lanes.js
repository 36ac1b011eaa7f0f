// Highway traffic dodger: the road has 4 lanes; each press of LEFT/RIGHT slides your car exactly one lane (a 120 ms tween) and the car can never leave the road. Traffic cars drive down the lanes; touching one ends the run. The score rises with distance and SPACE restarts after a crash.
const LANE_COUNT = 4;
const LANE_W = 100;
const ROAD_LEFT = 200;
const laneX = lane => ROAD_LEFT + LANE_W * (lane + 0.5);

const highway = {
  key: 'highway',

  extend: {
    spawnTraffic() {
      const lane = Phaser.Math.Between(0, LANE_COUNT - 1);
      const recent = new Set(this.traffic.getChildren().filter(c => c.y < 200).map(c => c.getData('lane')));
      if (recent.has(lane) || recent.size >= LANE_COUNT - 1) return;
      const car = this.traffic.create(laneX(lane), -50, 'traffic');
      car.setData('lane', lane);
      car.body.setSize(34, 62);
      car.setVelocityY(this.speed * [0.7, 0.6, 0.5, 0.42][lane]);
    },

    changeLane(dir) {
      const target = Phaser.Math.Clamp(this.lane + dir, 0, LANE_COUNT);
      if (target === this.lane) return;
      this.lane = target;
      this.tweens.killTweensOf(this.player);
      this.tweens.add({ targets: this.player, x: laneX(this.lane), duration: 120, ease: 'Sine.easeOut' });
    },

    crash() {
      if (!this.alive) return;
      this.alive = false;
      this.physics.pause();
      this.spawner.remove();
      this.tweens.killTweensOf(this.player);
      this.player.setTint(0xff5252);
      this.msg.setText(`CRASH!\nScore ${Math.floor(this.score)}\nSPACE to restart`);
    }
  },

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x455a64).fillRect(0, 0, LANE_W * LANE_COUNT, 80);
    g.fillStyle(0xeeeeee);
    for (let i = 1; i < LANE_COUNT; i++) g.fillRect(i * LANE_W - 3, 0, 6, 40);
    g.generateTexture('lanes', LANE_W * LANE_COUNT, 80);
    g.clear().fillStyle(0x29b6f6).fillRoundedRect(0, 0, 40, 70, 8).fillStyle(0x01579b).fillRect(6, 14, 28, 14);
    g.generateTexture('player', 40, 70);
    g.clear().fillStyle(0xffffff).fillRoundedRect(0, 0, 40, 70, 8).fillStyle(0x424242).fillRect(6, 44, 28, 14);
    g.generateTexture('traffic', 40, 70);
    g.destroy();

    this.add.rectangle(400, 300, 800, 600, 0x558b2f);
    this.road = this.add.tileSprite(ROAD_LEFT + LANE_W * LANE_COUNT / 2, 300, LANE_W * LANE_COUNT, 600, 'lanes');

    this.lane = 1;
    this.player = this.physics.add.image(laneX(this.lane), 500, 'player');
    this.player.body.setSize(34, 62);
    this.traffic = this.physics.add.group();
    this.physics.add.overlap(this.player, this.traffic, this.crash, null, this);

    this.speed = 300;
    this.score = 0;
    this.alive = true;
    this.spawner = this.time.addEvent({ delay: 650, loop: true, callback: this.spawnTraffic, callbackScope: this });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.scoreText = this.add.text(16, 16, 'Score 0', { fontSize: '22px', color: '#ffffff' });
    this.msg = this.add.text(400, 280, '', { fontSize: '34px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => { if (!this.alive) this.scene.restart(); });
  },

  update(time, delta) {
    if (!this.alive) return;
    const dt = delta / 1000;
    if (Phaser.Input.Keyboard.JustDown(this.cursors.left)) this.changeLane(-1);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.right)) this.changeLane(1);

    this.speed = Math.min(600, this.speed + 6 * dt);
    this.road.tilePositionY -= this.speed * dt;
    this.score += this.speed * dt / 10;
    this.scoreText.setText('Score ' + Math.floor(this.score));
    this.traffic.getChildren().filter(c => c.y > 680).forEach(c => c.destroy());
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: highway
};

new Phaser.Game(config);
