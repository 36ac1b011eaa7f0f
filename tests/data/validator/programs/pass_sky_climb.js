// Vertical balloon flight: the balloon rises, shown by the cloud background scrolling downward together with the falling birds; Left/Right arrows steer. Hitting a bird costs 1 of 3 hearts and makes the balloon blink and be immune for 2 seconds, after which it is fully visible again. Stars falling among the birds restore 1 heart but never above 3. Every 15 seconds a new wave begins ("Wave: 2", "Wave: 3", ...) with faster birds; at 0 hearts the game ends and R restarts.
const MAX_HP = 3;

class Sky extends Phaser.Scene {
  constructor() {
    super('sky');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x90caf9, 1).fillRect(0, 0, 128, 128);
    g.fillStyle(0xffffff, 0.8).fillEllipse(40, 30, 60, 24).fillEllipse(96, 92, 50, 20);
    g.generateTexture('clouds', 128, 128);
    g.clear();
    g.fillStyle(0xe53935, 1).fillCircle(20, 20, 20);
    g.fillStyle(0x6d4c41, 1).fillRect(14, 44, 12, 10);
    g.generateTexture('balloon', 40, 56);
    g.clear();
    g.fillStyle(0x263238, 1).fillTriangle(0, 0, 30, 10, 0, 20);
    g.generateTexture('bird', 30, 20);
    g.clear();
    g.fillStyle(0xffeb3b, 1).fillCircle(12, 12, 12);
    g.generateTexture('star', 24, 24);
    g.destroy();

    this.bg = this.add.tileSprite(400, 300, 800, 600, 'clouds');
    this.player = this.physics.add.image(400, 480, 'balloon').setCollideWorldBounds(true);
    this.birds = this.physics.add.group();
    this.stars = this.physics.add.group();
    this.hp = MAX_HP;
    this.wave = 0;
    this.immune = false;
    this.blink = null;
    this.over = false;

    this.hud = this.add.text(16, 14, '', { fontSize: '22px', color: '#0d47a1' }).setDepth(5);
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.spawnBird() });
    this.time.addEvent({ delay: 4000, loop: true, callback: () => {
      this.stars.create(Phaser.Math.Between(40, 760), -20, 'star').setVelocityY(150);
    } });
    this.time.addEvent({ delay: 15000, loop: true, callback: () => { this.wave++; } });

    this.physics.add.overlap(this.player, this.birds, (p, bird) => this.hitBird(bird));
    this.physics.add.overlap(this.player, this.stars, (p, star) => {
      star.destroy();
      if (this.hp < MAX_HP) this.hp += 1;
    });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => {
      if (this.over) this.scene.restart();
    });
  }

  birdSpeed() {
    return 200 + this.wave * 60;
  }

  spawnBird() {
    if (this.over) return;
    const b = this.birds.create(Phaser.Math.Between(30, 770), -20, 'bird');
    b.setVelocityY(this.birdSpeed());
  }

  hitBird(bird) {
    if (this.immune || this.over) return;
    bird.destroy();
    this.hp -= 1;
    if (this.hp <= 0) {
      this.over = true;
      this.physics.pause();
      this.add.text(400, 300, 'GAME OVER\nR to restart', { fontSize: '48px', color: '#b71c1c', align: 'center' }).setOrigin(0.5);
      return;
    }
    this.immune = true;
    this.blink = this.tweens.add({ targets: this.player, alpha: 0.2, duration: 120, yoyo: true, repeat: -1 });
    this.time.delayedCall(2000, () => {
      this.blink.stop();
      this.blink = null;
      this.player.setAlpha(1);
      this.immune = false;
    });
  }

  update(time, delta) {
    this.hud.setText('Hearts: ' + this.hp + ' / ' + MAX_HP + '   Wave: ' + (this.wave + 1));
    if (this.over) return;
    this.bg.tilePositionY -= this.birdSpeed() * 0.4 * delta / 1000;
    if (this.cursors.left.isDown) this.player.setVelocityX(-300);
    else if (this.cursors.right.isDown) this.player.setVelocityX(300);
    else this.player.setVelocityX(0);
    [this.birds, this.stars].forEach((grp) => grp.getChildren().slice().forEach((o) => {
      if (o.y > 640) o.destroy();
    }));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: Sky
};

new Phaser.Game(config);
