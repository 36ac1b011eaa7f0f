// Platformer: Left/Right or A/D walk at 200 px/s (the hero stops when neither is held), and Up or W jumps, but only while standing on ground. Slimes patrol the platforms; landing on a slime from above knocks it out: it flips upside down, pops up and falls straight through the floor off the bottom of the screen, worth 50 points, and the hero bounces. Touching a slime any other way costs one of 3 lives and sends the hero back to the start. Knock out all 4 slimes to win; R restarts.
class Stomp extends Phaser.Scene {
  constructor() {
    super('stomp');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffb74d, 1).fillRect(0, 0, 28, 40);
    g.generateTexture('hero', 28, 40);
    g.clear();
    g.fillStyle(0x76ff03, 1).fillEllipse(18, 14, 36, 28);
    g.generateTexture('slime', 36, 28);
    g.destroy();

    this.cameras.main.setBackgroundColor('#1a237e');
    this.ground = this.physics.add.staticGroup();
    [[400, 585, 800, 30], [180, 440, 240, 20], [560, 330, 260, 20], [260, 220, 200, 20]].forEach(([x, y, w, h]) => {
      this.ground.add(this.add.rectangle(x, y, w, h, 0x8d6e63));
    });

    this.hero = this.physics.add.sprite(60, 520, 'hero').setCollideWorldBounds(true);
    this.slimes = this.physics.add.group();
    [[500, 550, 300, 780], [180, 410, 78, 282], [580, 300, 448, 672], [260, 190, 178, 342]].forEach(([x, y, minX, maxX]) => {
      const s = this.slimes.create(x, y, 'slime');
      s.setVelocityX(70);
      s.minX = minX;
      s.maxX = maxX;
      s.alive = true;
    });

    this.physics.add.collider(this.hero, this.ground);
    this.physics.add.collider(this.slimes, this.ground);
    this.physics.add.overlap(this.hero, this.slimes, (hero, slime) => this.touch(slime));

    this.score = 0;
    this.lives = 3;
    this.knocked = 0;
    this.over = false;
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.wasd = this.input.keyboard.addKeys('W,A,D');
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  touch(slime) {
    if (!slime.alive || this.over) return;
    const falling = this.hero.body.velocity.y > 0;
    if (falling && this.hero.body.bottom <= slime.body.top + 12) {
      slime.alive = false;
      slime.setFlipY(true);
      slime.body.checkCollision.none = true;
      slime.setVelocity(0, -250);
      this.hero.setVelocityY(-320);
      this.score += 50;
      this.knocked++;
      if (this.knocked === 4) this.end('You win!');
    } else {
      this.lives--;
      this.hero.setPosition(60, 520).setVelocity(0, 0);
      if (this.lives === 0) this.end('Game over');
    }
  }

  end(text) {
    this.over = true;
    this.hero.setVelocity(0, 0);
    this.add.text(400, 280, text + '\nR to restart', { fontSize: '44px', color: '#ffee58', align: 'center' }).setOrigin(0.5);
  }

  update() {
    this.hud.setText('Score: ' + this.score + '   Lives: ' + this.lives);
    this.slimes.getChildren().slice().forEach((s) => {
      if (!s.alive) {
        if (s.y > 700) s.destroy();
        return;
      }
      if (s.x <= s.minX) s.setVelocityX(70);
      else if (s.x >= s.maxX) s.setVelocityX(-70);
    });
    if (this.over) {
      this.hero.setVelocityX(0);
      return;
    }
    const left = this.cursors.left.isDown || this.wasd.A.isDown;
    const right = this.cursors.right.isDown || this.wasd.D.isDown;
    if (left) this.hero.setVelocityX(-200);
    else if (right) this.hero.setVelocityX(200);
    else this.hero.setVelocityX(0);
    const grounded = this.hero.body.blocked.down;
    if ((this.cursors.up.isDown || this.wasd.W.isDown) && grounded) this.hero.setVelocityY(-560);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: Stomp
};

new Phaser.Game(config);
