// Puzzle platformer with two levels: Left/Right arrows move, Up jumps. Moving platforms slide back and forth over the lava at a constant speed, and a player standing still on one rides along with it without sliding off; falling into the lava restarts the level and touching the flag goes to the next level.
const LEVELS = [
  { start: 60, flag: 740, lifts: [{ x: 200, y: 432, minX: 200, maxX: 330, speed: 70 }, { x: 600, y: 432, minX: 470, maxX: 600, speed: 55 }] },
  { start: 60, flag: 740, lifts: [{ x: 320, y: 432, minX: 200, maxX: 320, speed: 90 }, { x: 430, y: 400, minX: 430, maxX: 600, speed: 60 }] }
];

const lavaScene = {
  key: 'lava',

  init: function (data) {
    this.levelIndex = data.level || 0;
  },

  create: function () {
    const g = this.add.graphics();
    g.fillStyle(0x6d6875).fillRect(0, 0, 32, 32).generateTexture('rock', 32, 32).clear();
    g.fillStyle(0x48cae4).fillRect(0, 0, 96, 16).generateTexture('lift', 96, 16).clear();
    g.fillStyle(0xffd166).fillRect(0, 0, 24, 36).generateTexture('guy', 24, 36).clear();
    g.fillStyle(0xffffff).fillRect(0, 0, 4, 60).fillStyle(0x06d6a0).fillTriangle(4, 0, 34, 12, 4, 24).generateTexture('flag', 34, 60);
    g.destroy();

    const level = LEVELS[this.levelIndex];
    this.cameras.main.setBackgroundColor('#22223b');
    this.add.rectangle(400, 575, 800, 50, 0xe85d04);
    this.add.text(16, 14, 'Level ' + (this.levelIndex + 1) + ' / ' + LEVELS.length, { fontSize: '22px', color: '#f2e9e4' });

    this.ground = this.physics.add.staticGroup();
    this.ground.create(75, 440, 'rock').setDisplaySize(150, 32).refreshBody();
    this.ground.create(725, 440, 'rock').setDisplaySize(150, 32).refreshBody();

    this.lifts = level.lifts.map(function (def) {
      const lift = this.physics.add.image(def.x, def.y, 'lift').setImmovable(true);
      lift.body.setAllowGravity(false);
      lift.setData('minX', def.minX);
      lift.setData('maxX', def.maxX);
      lift.setData('speed', def.speed);
      lift.setVelocityX(def.speed);
      return lift;
    }, this);

    this.flag = this.physics.add.staticImage(level.flag, 394, 'flag');
    this.player = this.physics.add.sprite(level.start, 380, 'guy').setCollideWorldBounds(true);
    this.physics.world.setBoundsCollision(true, true, true, false);

    this.physics.add.collider(this.player, this.ground);
    this.physics.add.collider(this.player, this.lifts, function (player, lift) {
      if (player.body.touching.down && lift.body.touching.up) player.x += lift.body.deltaX();
    });
    this.physics.add.overlap(this.player, this.flag, this.reachFlag, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.finished = false;
  },

  extend: {
    reachFlag: function () {
      if (this.finished) return;
      this.finished = true;
      this.physics.pause();
      const last = this.levelIndex === LEVELS.length - 1;
      this.add.text(400, 250, last ? 'All levels done!' : 'Level complete', { fontSize: '40px', color: '#06d6a0' }).setOrigin(0.5);
      if (!last) {
        this.time.delayedCall(1200, function () {
          this.scene.restart({ level: this.levelIndex + 1 });
        }, [], this);
      }
    }
  },

  update: function () {
    if (this.finished) return;

    this.lifts.forEach(function (lift) {
      const speed = lift.getData('speed');
      if (lift.x >= lift.getData('maxX')) lift.setVelocityX(-speed);
      else if (lift.x <= lift.getData('minX')) lift.setVelocityX(speed);
    });

    const onFloor = this.player.body.blocked.down || this.player.body.touching.down;
    if (this.cursors.left.isDown) this.player.setVelocityX(-180);
    else if (this.cursors.right.isDown) this.player.setVelocityX(180);
    else this.player.setVelocityX(0);
    if (this.cursors.up.isDown && onFloor) this.player.setVelocityY(-420);

    if (this.player.y > 560) {
      this.scene.restart({ level: this.levelIndex });
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: lavaScene
};

new Phaser.Game(config);
