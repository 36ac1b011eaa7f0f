// Task: Pause the game with the arrow keys (press again to resume), stopping physics and animations and showing a blue "PAUSED" overlay while paused.
class PlayScene extends Phaser.Scene {
  constructor() {
    super({ key: 'PlayScene' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffaa33, 1).fillCircle(16, 16, 16);
    g.generateTexture('ball', 32, 32);
    g.clear().fillStyle(0x99ddff, 1).fillRect(0, 0, 160, 16);
    g.generateTexture('blade', 160, 16);
    g.destroy();
  }

  create() {
    this.isPaused = false;
    this.spinSpeed = 0.12; // degrees per millisecond

    this.balls = this.physics.add.group({ key: 'ball', repeat: 4, setXY: { x: 120, y: 140, stepX: 130, stepY: 50 } });
    this.balls.children.iterate((ball, i) => {
      ball.setCollideWorldBounds(true).setBounce(1);
      ball.setVelocity(150 + i * 20, 120 - i * 40);
    });
    this.physics.add.collider(this.balls, this.balls);

    this.windmill = this.add.image(400, 300, 'blade');
    this.star = this.add.star(680, 100, 5, 14, 32, 0xffee55);
    this.tweens.add({ targets: this.star, scale: 1.6, duration: 600, yoyo: true, repeat: -1 });

    this.overlay = this.add.container(0, 0, [
      this.add.rectangle(400, 300, 800, 600, 0x1133aa, 0.55),
      this.add.text(400, 300, 'PAUSED', { fontSize: '72px', color: '#66aaff', fontStyle: 'bold' }).setOrigin(0.5)
    ]).setDepth(10).setVisible(false);

    const cursors = this.input.keyboard.createCursorKeys();
    [cursors.left, cursors.right, cursors.up, cursors.down].forEach((key) => key.on('down', this.togglePause, this));
  }

  togglePause() {
    this.isPaused = !this.isPaused;
    if (this.isPaused) {
      this.physics.pause();
      this.tweens.pauseAll();
    } else {
      this.physics.resume();
      this.tweens.resumeAll();
    }
    this.overlay.setVisible(this.isPaused);
  }

  update(time, delta) {
    if (this.isPaused) return;
    this.windmill.angle += this.spinSpeed * delta;
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#203020',
  physics: { default: 'arcade' },
  scene: [PlayScene]
});
