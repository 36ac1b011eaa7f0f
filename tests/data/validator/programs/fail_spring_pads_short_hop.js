// Platformer with variable jump height: Left/Right run, tap UP for a short hop or hold UP for a full jump (about 140 px). Orange spring pads launch you about 400 px up whether or not you are holding UP; use the spring to reach the high ledge and grab the star to win (the HUD shows your time).
const RUN_SPEED = 210;
const JUMP_SPEED = 560;
const CUT_SPEED = 220;
const SPRING_SPEED = 950;

const Level = {
  key: 'level',

  create: function () {
    const g = this.add.graphics();
    g.fillStyle(0xf2f2f2).fillRect(0, 0, 26, 40).generateTexture('runner', 26, 40).clear();
    g.fillStyle(0x4b3b2a).fillRect(0, 0, 800, 40).generateTexture('dirt', 800, 40).clear();
    g.fillStyle(0x7d6b58).fillRect(0, 0, 180, 18).generateTexture('slab', 180, 18).clear();
    g.fillStyle(0xff8c1a).fillRect(0, 0, 44, 16).fillStyle(0xffd9a0).fillRect(0, 0, 44, 4).generateTexture('spring', 44, 16).clear();
    g.fillStyle(0xffe14d).fillCircle(14, 14, 14).generateTexture('star', 28, 28);
    g.destroy();

    this.won = false;
    this.elapsed = 0;

    const solids = this.physics.add.staticGroup();
    solids.create(400, 580, 'dirt');
    solids.create(470, 450, 'slab');
    solids.create(330, 209, 'slab');

    this.springs = this.physics.add.staticGroup();
    this.springs.create(140, 552, 'spring');

    this.player = this.physics.add.sprite(60, 520, 'runner').setCollideWorldBounds(true);
    this.star = this.physics.add.staticImage(330, 180, 'star');

    this.physics.add.collider(this.player, solids);
    this.physics.add.collider(this.player, this.springs, (player, spring) => {
      if (player.body.bottom <= spring.body.top + 1) {
        player.setVelocityY(-SPRING_SPEED);
        this.tweens.add({ targets: spring, scaleY: 0.6, duration: 80, yoyo: true });
      }
    });
    this.physics.add.overlap(this.player, this.star, () => this.collectStar());

    this.add.text(470, 470, 'full jump up here', { fontSize: '14px', color: '#bbbbbb' }).setOrigin(0.5, 0);
    this.add.text(140, 500, 'spring', { fontSize: '14px', color: '#ffb066' }).setOrigin(0.5);
    this.clockText = this.add.text(16, 16, 'Time 0.0 s', { fontSize: '20px', color: '#ffffff' });
    this.msg = this.add.text(400, 90, '', { fontSize: '36px', color: '#ffe14d' }).setOrigin(0.5);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  },

  extend: {
    collectStar: function () {
      if (this.won) return;
      this.won = true;
      this.star.destroy();
      this.player.setVelocity(0, 0);
      this.physics.pause();
      this.msg.setText('STAR! ' + (this.elapsed / 1000).toFixed(1) + ' s   (R to replay)');
    }
  },

  update: function (time, delta) {
    if (this.won) return;
    this.elapsed += delta;
    this.clockText.setText('Time ' + (this.elapsed / 1000).toFixed(1) + ' s');

    const body = this.player.body;
    if (this.cursors.left.isDown) this.player.setVelocityX(-RUN_SPEED);
    else if (this.cursors.right.isDown) this.player.setVelocityX(RUN_SPEED);
    else this.player.setVelocityX(0);

    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && body.blocked.down) {
      this.player.setVelocityY(-JUMP_SPEED);
    }

    if (!this.cursors.up.isDown && body.velocity.y < -CUT_SPEED) {
      this.player.setVelocityY(-CUT_SPEED);
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#22313f',
  physics: { default: 'arcade', arcade: { gravity: { y: 1100 } } },
  scene: Level
};

new Phaser.Game(config);
