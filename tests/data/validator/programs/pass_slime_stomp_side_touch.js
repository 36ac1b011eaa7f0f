// Platformer: Left/Right run at 200 px/s and UP jumps from the ground. Three slimes patrol the floor; landing on a slime from above squashes it (+100 points) and bounces you up, but walking into a slime from the side costs one of 3 hearts (you are knocked back and invulnerable for 1 s). Squash all 3 slimes to see YOU WIN; at 0 hearts it is GAME OVER and R restarts.
const W = 800;
const H = 600;
const RUN = 200;
const JUMP = 520;
const BOUNCE = 380;

class StompScene extends Phaser.Scene {
  constructor() {
    super('Stomp');
  }

  makeTextures() {
    if (this.textures.exists('hero')) return;
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x4fa3ff).fillRect(0, 0, 28, 44);
    g.fillStyle(0xffffff).fillRect(16, 8, 8, 8);
    g.generateTexture('hero', 28, 44);
    g.clear();
    g.fillStyle(0x5ccf4a).fillRoundedRect(0, 0, 36, 22, 8);
    g.fillStyle(0x000000).fillRect(9, 6, 5, 5).fillRect(22, 6, 5, 5);
    g.generateTexture('slime', 36, 22);
    g.clear();
    g.fillStyle(0x6b4a2b).fillRect(0, 0, W, 40);
    g.fillStyle(0x3f9b3a).fillRect(0, 0, W, 8);
    g.generateTexture('floor', W, 40);
    g.clear();
    g.fillStyle(0x8a6a44).fillRect(0, 0, 140, 20);
    g.generateTexture('ledge', 140, 20);
    g.clear();
    g.fillStyle(0xff3b5c).fillCircle(6, 6, 6).fillCircle(16, 6, 6).fillTriangle(0, 8, 22, 8, 11, 20);
    g.generateTexture('heart', 22, 20);
    g.destroy();
  }

  create() {
    this.makeTextures();
    this.heartsLeft = 3;
    this.score = 0;
    this.invulnerable = false;
    this.knockUntil = 0;
    this.over = false;

    this.solids = this.physics.add.staticGroup();
    this.solids.create(W / 2, H - 20, 'floor');
    this.solids.create(180, 430, 'ledge');
    this.solids.create(620, 430, 'ledge');
    this.solids.create(400, 320, 'ledge');

    this.player = this.physics.add.sprite(70, H - 90, 'hero');
    this.player.setCollideWorldBounds(true);

    this.slimes = this.physics.add.group();
    [[300, -70], [500, 85], [690, -95]].forEach(([x, vx]) => {
      const slime = this.slimes.create(x, H - 52, 'slime');
      slime.setCollideWorldBounds(true);
      slime.setBounceX(1);
      slime.setVelocityX(vx);
    });

    this.physics.add.collider(this.player, this.solids);
    this.physics.add.collider(this.slimes, this.solids);
    this.physics.add.overlap(this.player, this.slimes, this.touchSlime, null, this);

    this.heartIcons = [0, 1, 2].map((i) => this.add.image(24 + i * 28, 24, 'heart'));
    this.scoreText = this.add.text(W - 16, 14, 'Score: 0', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.banner = this.add.text(W / 2, 200, '', { fontSize: '48px', color: '#ffe066', align: 'center' }).setOrigin(0.5);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => {
      if (this.over) this.scene.restart();
    });
  }

  touchSlime(player, slime) {
    if (this.over) return;
    const body = player.body;
    if (body.velocity.y >= 0 && body.bottom - slime.body.top < 16) {
      slime.disableBody(true, true);
      player.setVelocityY(-BOUNCE);
      this.score += 100;
      this.scoreText.setText('Score: ' + this.score);
      if (this.slimes.countActive(true) === 0) this.finish('YOU WIN!', '#ffe066');
      return;
    }
    this.hurt(slime);
  }

  hurt(slime) {
    if (this.invulnerable) return;
    this.heartsLeft -= 1;
    this.heartIcons.forEach((icon, i) => icon.setVisible(i < this.heartsLeft));
    if (this.heartsLeft <= 0) {
      this.finish('GAME OVER\npress R', '#ff6b6b');
      return;
    }
    this.invulnerable = true;
    const dir = this.player.x < slime.x ? -1 : 1;
    this.player.setVelocity(dir * 260, -260);
    this.knockUntil = this.time.now + 250;
    this.tweens.add({
      targets: this.player,
      alpha: 0.3,
      duration: 100,
      yoyo: true,
      repeat: 4,
      onComplete: () => {
        this.player.setAlpha(1);
        this.invulnerable = false;
      }
    });
  }

  finish(message, color) {
    this.over = true;
    this.physics.pause();
    this.banner.setText(message).setColor(color);
  }

  update() {
    if (this.over) return;
    const body = this.player.body;
    if (this.time.now >= this.knockUntil) {
      if (this.cursors.left.isDown) this.player.setVelocityX(-RUN);
      else if (this.cursors.right.isDown) this.player.setVelocityX(RUN);
      else this.player.setVelocityX(0);
    }
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && body.onFloor()) {
      this.player.setVelocityY(-JUMP);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#1d2b3a',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: [StompScene]
};

new Phaser.Game(config);
