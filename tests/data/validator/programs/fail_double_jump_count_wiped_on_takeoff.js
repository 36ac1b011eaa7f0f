// Platformer with a double jump: SPACE jumps, and the player may jump once more in mid-air, but never a third time.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#20263a',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: {
    preload() {
      const g = this.add.graphics();
      g.fillStyle(0x6ab04c, 1).fillRect(0, 0, 64, 32);
      g.generateTexture('block', 64, 32);
      g.clear();
      g.fillStyle(0xf0932b, 1).fillRoundedRect(0, 0, 30, 42, 6);
      g.generateTexture('bunny', 30, 42);
      g.destroy();
    },

    create() {
      this.ground = this.physics.add.staticGroup();
      for (let x = 32; x < 800; x += 64) {
        this.ground.create(x, 584, 'block');
      }
      this.ground.create(250, 380, 'block');
      this.ground.create(520, 240, 'block');

      this.player = this.physics.add.sprite(120, 500, 'bunny');
      this.player.setCollideWorldBounds(true);
      this.physics.add.collider(this.player, this.ground);

      this.cursors = this.input.keyboard.createCursorKeys();
      this.maxJumps = 2;
      this.jumps = 0;
      this.totalJumps = 0;
      this.info = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });
    },

    update() {
      const body = this.player.body;
      const onGround = body.blocked.down || body.touching.down;

      if (this.cursors.left.isDown) {
        this.player.setVelocityX(-200);
      } else if (this.cursors.right.isDown) {
        this.player.setVelocityX(200);
      } else {
        this.player.setVelocityX(0);
      }

      if (Phaser.Input.Keyboard.JustDown(this.cursors.space) && this.jumps < this.maxJumps) {
        this.player.setVelocityY(-480);
        this.jumps++;
        this.totalJumps++;
      }

      if (onGround) {
        this.jumps = 0;
      }

      this.info.setText(`Jumps left: ${this.maxJumps - this.jumps}`);
    }
  }
};

new Phaser.Game(config);
