// 实现游戏暂停：按鼠标左键暂停/继续游戏，暂停时显示青色 "PAUSED" 覆盖层。
class PlayScene extends Phaser.Scene {
  constructor() {
    super('PlayScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    const colors = [0xff7675, 0xfdcb6e, 0x55efc4, 0x74b9ff, 0xa29bfe];
    colors.forEach((c, i) => {
      g.clear();
      g.fillStyle(c, 1).fillCircle(14, 14, 14);
      g.generateTexture('ball' + i, 28, 28);
    });
    g.clear();
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 60, 8);
    g.generateTexture('bar', 60, 8);
    g.destroy();
  }

  create() {
    this.isPaused = false;
    this.ticks = 0;
    this.toggles = 0;
    this.input.mouse.disableContextMenu();

    this.balls = this.physics.add.group({ collideWorldBounds: true, bounceX: 1, bounceY: 1 });
    for (let i = 0; i < 10; i++) {
      const ball = this.balls.create(80 + i * 65, 120 + (i % 4) * 90, 'ball' + (i % 5));
      ball.setVelocity(90 + i * 17, (i % 2 ? -1 : 1) * (120 + i * 9));
    }
    this.physics.add.collider(this.balls, this.balls);

    this.rotor = this.add.image(400, 300, 'bar');
    this.tweens.add({ targets: this.rotor, angle: 360, duration: 2000, repeat: -1 });

    this.clockText = this.add.text(12, 10, '', { fontSize: '18px', color: '#ffffff' });
    this.time.addEvent({ delay: 100, loop: true, callback: () => { this.ticks += 1; } });

    this.overlay = this.add.container(0, 0).setDepth(100).setVisible(false);
    const shade = this.add.rectangle(400, 300, 800, 600, 0x003840, 0.55);
    const label = this.add.text(400, 280, 'PAUSED', { fontSize: '72px', color: '#00ffff', fontStyle: 'bold' }).setOrigin(0.5);
    const hint = this.add.text(400, 350, 'Left click to continue', { fontSize: '20px', color: '#b2ffff' }).setOrigin(0.5);
    this.overlay.add([shade, label, hint]);

    this.input.on('pointerdown', (pointer) => {
      if (pointer.leftButtonDown()) this.togglePause();
    });
    this.publish();
  }

  togglePause() {
    this.isPaused = !this.isPaused;
    this.toggles += 1;
    if (this.isPaused) {
      this.physics.pause();
      this.tweens.pauseAll();
      this.time.paused = true;
    } else {
      this.physics.resume();
      this.tweens.resumeAll();
      this.time.paused = false;
    }
    this.overlay.setVisible(this.isPaused);
    this.publish();
  }

  publish() {
    window.__signals__ = {
      paused: this.isPaused,
      toggles: this.toggles,
      ticks: this.ticks,
      physicsPaused: this.physics.world.isPaused
    };
  }

  update() {
    this.clockText.setText('Game clock: ' + (this.ticks / 10).toFixed(1) + 's   ' + (this.isPaused ? '(paused)' : '(running)'));
    this.publish();
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#16213e',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: PlayScene
};

new Phaser.Game(config);
