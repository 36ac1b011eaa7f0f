// Snowfall: 80 snowflakes in 4 sizes fall at 60, 85, 110 or 135 px/s (bigger falls faster); LEFT/RIGHT arrows set a sideways wind of -60/+60 px/s and DOWN calms it; a flake that leaves the bottom comes back just above the top at a random x and keeps falling at its speed, flakes leaving a side wrap to the other side, and the wind is shown.
const W = 800;
const H = 600;
const FLAKES = 80;
const RADII = [2, 3, 4, 5];

class SnowScene extends Phaser.Scene {
  constructor() {
    super('Snow');
  }

  preload() {
    RADII.forEach((r, i) => {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(0xffffff, 0.95).fillCircle(r, r, r);
      g.generateTexture(`flake${i}`, r * 2, r * 2);
      g.destroy();
    });
  }

  create() {
    this.wind = 0;
    this.add.rectangle(W / 2, H - 15, W, 30, 0xe9ecef).setDepth(1);
    this.flakes = this.physics.add.group();
    for (let i = 0; i < FLAKES; i++) {
      const size = i % RADII.length;
      const flake = this.flakes.create(Phaser.Math.Between(0, W), Phaser.Math.Between(0, H), `flake${size}`);
      flake.setData('fall', 60 + size * 25);
      flake.body.setVelocity(this.wind, flake.getData('fall'));
    }

    this.windText = this.add.text(14, 12, '', { fontFamily: 'Trebuchet MS', fontSize: '20px', color: '#ffffff' }).setDepth(2);
    this.input.keyboard.on('keydown-LEFT', () => this.setWind(-60));
    this.input.keyboard.on('keydown-RIGHT', () => this.setWind(60));
    this.input.keyboard.on('keydown-DOWN', () => this.setWind(0));
    this.setWind(0);
  }

  setWind(speed) {
    this.wind = speed;
    this.flakes.getChildren().forEach((flake) => flake.body.setVelocityX(speed));
    const label = speed === 0 ? 'calm' : speed < 0 ? 'blowing left' : 'blowing right';
    this.windText.setText(`Wind: ${speed} px/s (${label})   LEFT / RIGHT / DOWN`);
  }

  update() {
    this.flakes.getChildren().forEach((flake) => {
      if (flake.y > H + 10) {
        flake.body.reset(Phaser.Math.Between(0, W), -10);
      }
      if (flake.x < -10 || flake.x > W + 10) {
        flake.x = Phaser.Math.Wrap(flake.x, -10, W + 10);
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#16213e',
  physics: { default: 'arcade' },
  scene: SnowScene
});
