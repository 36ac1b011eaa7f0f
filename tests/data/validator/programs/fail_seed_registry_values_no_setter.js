// Task: Automatic scoring: every 2.5 seconds the score goes up by 15, shown with font size 80 in the top-right corner of the screen.
const POINTS = 15;
const INTERVAL_MS = 2500;

class PlayScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Play', active: true });
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x7e57c2);
    g.fillCircle(40, 40, 40);
    g.fillStyle(0xb39ddb);
    g.fillCircle(28, 28, 12);
    g.generateTexture('orb', 80, 80);
    g.destroy();
  }

  create() {
    this.registry.values.score = 0;

    const orb = this.add.image(400, 360, 'orb');
    this.tweens.add({ targets: orb, scale: 1.3, duration: INTERVAL_MS / 2, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });

    this.scoreTimer = this.time.addEvent({
      delay: INTERVAL_MS,
      loop: true,
      callback: () => {
        this.registry.values.score += POINTS;
      }
    });

    this.nextText = this.add.text(20, 560, '', { fontSize: '18px', color: '#b0bec5' });
    this.scene.launch('Hud');
  }

  update() {
    const left = (this.scoreTimer.getRemaining() / 1000).toFixed(1);
    this.nextText.setText(`+${POINTS} in ${left}s`);
  }
}

class HudScene extends Phaser.Scene {
  constructor() {
    super('Hud');
  }

  create() {
    const score = this.registry.get('score') || 0;
    this.scoreText = this.add.text(this.scale.width - 16, 8, `Score: ${score}`, {
      fontFamily: 'Arial',
      fontSize: '80px',
      color: '#ffffff'
    }).setOrigin(1, 0);

    this.registry.events.on('changedata-score', this.showScore, this);
    this.events.once('shutdown', () => {
      this.registry.events.off('changedata-score', this.showScore, this);
    });
  }

  showScore(parent, value) {
    this.scoreText.setText(`Score: ${value}`);
    this.tweens.add({ targets: this.scoreText, scale: { from: 1.15, to: 1 }, duration: 200 });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1a2e',
  scene: [PlayScene, HudScene]
});
