// Visual equalizer: 12 vertical bars, coloured from green on the left to red on the right, stand on a floor line at y=480; every 150 ms each bar tweens to a new random height between 20 and 300 px, growing and shrinking upward only (the bottom of every bar stays on the floor line, nothing is drawn below it). SPACE pauses and resumes the animation.
const BAR_COUNT = 12;
const BAR_WIDTH = 44;
const BAR_GAP = 12;
const FLOOR_Y = 480;
const MAX_HEIGHT = 300;
const MIN_HEIGHT = 20;
const STEP_MS = 150;

class EqualizerScene extends Phaser.Scene {
  constructor() {
    super('Equalizer');
  }

  create() {
    const totalWidth = BAR_COUNT * BAR_WIDTH + (BAR_COUNT - 1) * BAR_GAP;
    const left = (800 - totalWidth) / 2 + BAR_WIDTH / 2;
    const green = Phaser.Display.Color.ValueToColor(0x33ff66);
    const red = Phaser.Display.Color.ValueToColor(0xff3344);

    this.add.rectangle(400, FLOOR_Y - MAX_HEIGHT / 2, totalWidth + 40, MAX_HEIGHT + 40, 0x161622).setStrokeStyle(2, 0x2c2c40);

    this.bars = [];
    for (let i = 0; i < BAR_COUNT; i++) {
      const mix = Phaser.Display.Color.Interpolate.ColorWithColor(green, red, BAR_COUNT - 1, i);
      const color = Phaser.Display.Color.GetColor(mix.r, mix.g, mix.b);
      const bar = this.add.rectangle(left + i * (BAR_WIDTH + BAR_GAP), FLOOR_Y, BAR_WIDTH, MAX_HEIGHT, color);
      bar.setOrigin(0.5, 1);
      bar.scaleY = MIN_HEIGHT / MAX_HEIGHT;
      this.bars.push(bar);
    }

    this.add.rectangle(400, FLOOR_Y + 2, totalWidth + 40, 4, 0xffffff);
    this.add.text(400, 60, 'EQUALIZER', { fontSize: '36px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.status = this.add.text(400, 540, 'SPACE: pause', { fontSize: '22px', color: '#9999bb' }).setOrigin(0.5);

    this.ticker = this.time.addEvent({
      delay: STEP_MS,
      loop: true,
      callback: this.shuffleHeights,
      callbackScope: this
    });

    this.input.keyboard.on('keydown-SPACE', () => {
      this.ticker.paused = !this.ticker.paused;
      this.status.setText(this.ticker.paused ? 'PAUSED - SPACE to resume' : 'SPACE: pause');
    });
  }

  shuffleHeights() {
    this.bars.forEach((bar) => {
      const target = Phaser.Math.Between(MIN_HEIGHT, MAX_HEIGHT);
      this.tweens.killTweensOf(bar);
      this.tweens.add({
        targets: bar,
        scaleY: target / MAX_HEIGHT,
        duration: STEP_MS - 10,
        ease: 'Sine.easeOut'
      });
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b0b10',
  scene: EqualizerScene
};

new Phaser.Game(config);
