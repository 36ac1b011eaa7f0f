// Flappy gates: press SPACE or click to flap the bird through gaps between scrolling pipes; each gate passed scores 1 point and touching a pipe or the ground ends the game.
class FlappyScene extends Phaser.Scene {
  constructor() {
    super({ key: 'FlappyScene' });
  }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffeb3b).fillCircle(16, 16, 16);
    g.fillStyle(0x000000).fillCircle(22, 12, 3);
    g.generateTexture('bird', 32, 32);
    g.clear();
    g.fillStyle(0x43a047).fillRect(0, 0, 70, 400);
    g.lineStyle(4, 0x1b5e20).strokeRect(2, 2, 66, 396);
    g.generateTexture('pipe', 70, 400);
    g.destroy();
  }

  create() {
    this.score = 0;
    this.dead = false;

    this.bird = this.physics.add.sprite(200, 300, 'bird');
    this.bird.body.setCircle(14, 2, 2);
    this.pipes = this.physics.add.group({ allowGravity: false, immovable: true });

    this.physics.add.overlap(this.bird, this.pipes, this.crash, null, this);

    this.input.keyboard.on('keydown-SPACE', this.flap, this);
    this.input.on('pointerdown', this.flap, this);

    this.time.addEvent({ delay: 1600, callback: this.spawnGate, callbackScope: this, loop: true });
    this.spawnGate();

    this.scoreText = this.add.text(400, 40, '0', { fontSize: '48px', color: '#ffffff', stroke: '#000', strokeThickness: 6 })
      .setOrigin(0.5).setDepth(10);
  }

  flap() {
    if (this.dead) {
      this.scene.restart();
      return;
    }
    this.bird.setVelocityY(-330);
  }

  spawnGate() {
    const gapY = Phaser.Math.Between(170, 430);
    const gap = 170;
    const top = this.pipes.create(880, gapY - gap / 2, 'pipe').setOrigin(0.5, 1).setFlipY(true);
    const bottom = this.pipes.create(880, gapY + gap / 2, 'pipe').setOrigin(0.5, 0);
    [top, bottom].forEach(pipe => pipe.setVelocityX(-180));
    top.setData('scored', false);
    bottom.setData('scored', false);
  }

  crash() {
    if (this.dead) return;
    this.dead = true;
    this.physics.pause();
    this.bird.setTint(0xff0000);
    this.add.text(400, 300, 'GAME OVER\nclick to retry', { fontSize: '40px', color: '#ffffff', align: 'center' })
      .setOrigin(0.5).setDepth(10);
  }

  update() {
    if (this.dead) return;
    if (this.bird.y > 600 - 16 || this.bird.y < -40) this.crash();
    this.bird.angle = Phaser.Math.Clamp(this.bird.body.velocity.y / 8, -25, 80);

    this.pipes.getChildren().slice().forEach(pipe => {
      if (pipe.getData('scored') === false && pipe.x + 35 < this.bird.x) {
        pipe.setData('scored', true);
        this.score += 1;
        this.scoreText.setText(String(this.score));
      }
      if (pipe.x < -60) pipe.destroy();
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#4fc3f7',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: [FlappyScene]
});
