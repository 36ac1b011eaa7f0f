// Task: Top-down arena: move with the arrow keys and dodge patrolling spike drones; touching a drone costs one of 5 hearts and makes the player flash and stay invincible for 1 second; losing all hearts shows Game Over and R restarts.
const IFRAME_MS = 1000;
const MAX_HEARTS = 5;

class ArenaScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Arena' });
  }

  create() {
    this.makeTextures();
    this.player = this.physics.add.sprite(400, 420, 'player').setCollideWorldBounds(true);
    this.player.body.setCircle(12);

    this.drones = this.physics.add.group({ collideWorldBounds: true, bounceX: 1, bounceY: 1 });
    const lanes = [[120, 110, 150], [640, 210, -170], [260, 320, 180]];
    for (const [x, y, vx] of lanes) {
      const drone = this.drones.create(x, y, 'drone');
      drone.setVelocityX(vx);
      drone.body.setCircle(14);
    }

    this.physics.add.overlap(this.player, this.drones, this.hurt, null, this);
    this.cursors = this.input.keyboard.createCursorKeys();

    this.hearts = MAX_HEARTS;
    this.invulnerableUntil = 0;
    this.over = false;
    this.heartIcons = [];
    for (let i = 0; i < MAX_HEARTS; i++) {
      this.heartIcons.push(this.add.image(24 + i * 30, 24, 'heart'));
    }
    this.banner = this.add.text(400, 225, '', { fontSize: '44px', color: '#ff5566', align: 'center' }).setOrigin(0.5);
  }

  makeTextures() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66ddff).fillCircle(12, 12, 12);
    g.generateTexture('player', 24, 24);
    g.clear().fillStyle(0xff8844);
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * Math.PI * 2;
      g.fillTriangle(14 + Math.cos(a) * 14, 14 + Math.sin(a) * 14,
        14 + Math.cos(a + 0.5) * 7, 14 + Math.sin(a + 0.5) * 7,
        14 + Math.cos(a - 0.5) * 7, 14 + Math.sin(a - 0.5) * 7);
    }
    g.fillCircle(14, 14, 8);
    g.generateTexture('drone', 28, 28);
    g.clear().fillStyle(0xff3355).fillCircle(6, 6, 6).fillCircle(16, 6, 6).fillTriangle(0, 8, 22, 8, 11, 20);
    g.generateTexture('heart', 22, 20);
    g.destroy();
  }

  hurt(player) {
    if (this.over || this.time.now < this.invulnerableUntil) return;
    this.hearts -= 1;
    this.invulnerableUntil = this.time.now + IFRAME_MS;
    this.heartIcons.forEach((icon, i) => icon.setVisible(i < this.hearts));
    this.cameras.main.shake(120, 0.008);
    this.tweens.add({
      targets: player,
      alpha: 0.2,
      duration: 100,
      yoyo: true,
      repeat: 4,
      onComplete: () => player.setAlpha(1),
    });
    if (this.hearts <= 0) this.gameOver();
  }

  gameOver() {
    this.over = true;
    this.physics.pause();
    this.player.setTint(0x888888);
    this.banner.setText('GAME OVER\nPress R to retry');
    this.input.keyboard.once('keydown-R', () => this.scene.restart());
  }

  update() {
    if (this.over) return;
    const speed = 200;
    const body = this.player.body;
    body.setVelocity(0);
    if (this.cursors.left.isDown) body.setVelocityX(-speed);
    else if (this.cursors.right.isDown) body.setVelocityX(speed);
    if (this.cursors.up.isDown) body.setVelocityY(-speed);
    else if (this.cursors.down.isDown) body.setVelocityY(speed);
    body.velocity.normalize().scale(speed);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#14202c',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: [ArenaScene],
});
