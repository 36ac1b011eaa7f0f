// Task: Gem clicker: each click on the gem adds 1 gem, and the gem total is saved to localStorage and restored when the page is reloaded.
const SAVE_KEY = 'gemClicker.gems';

class GemScene extends Phaser.Scene {
  constructor() {
    super('GemScene');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x00bcd4, 1);
    g.fillPoints([{ x: 60, y: 0 }, { x: 120, y: 45 }, { x: 60, y: 140 }, { x: 0, y: 45 }], true);
    g.fillStyle(0x80deea, 1);
    g.fillPoints([{ x: 60, y: 0 }, { x: 90, y: 45 }, { x: 60, y: 60 }, { x: 30, y: 45 }], true);
    g.generateTexture('gem', 120, 140);
    g.fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
  }

  create() {
    this.gems = this.loadGems();

    this.gemText = this.add.text(400, 80, '', { fontSize: '40px', color: '#e0f7fa' }).setOrigin(0.5);
    this.add.text(400, 560, 'Progress is saved automatically', { fontSize: '16px', color: '#78909c' }).setOrigin(0.5);

    this.gem = this.add.image(400, 320, 'gem').setScale(1.5).setInteractive({ useHandCursor: true });
    this.sparks = this.add.particles(0, 0, 'spark', {
      speed: { min: 80, max: 200 },
      lifespan: 400,
      scale: { start: 1, end: 0 },
      emitting: false
    });

    this.gem.on('pointerdown', (pointer) => {
      this.gems += 1;
      this.saveGems();
      this.updateText();
      this.sparks.explode(8, pointer.x, pointer.y);
      this.tweens.add({ targets: this.gem, scale: 1.35, duration: 70, yoyo: true });
    });

    this.updateText();
  }

  loadGems() {
    try {
      return Number(localStorage.getItem(SAVE_KEY)) || 0;
    } catch (e) {
      return 0;
    }
  }

  saveGems() {
    try {
      localStorage.setItem(SAVE_KEY, this.gems);
    } catch (e) {
      // storage unavailable (private mode); keep playing without saving
    }
  }

  updateText() {
    this.gemText.setText(`Gems: ${this.gems}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  scene: GemScene
});
