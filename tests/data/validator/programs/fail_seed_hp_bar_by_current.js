// Task: Pink health bar UI: show 12 segments of health, pressing W, A, S or D takes health away, and "Game Over" appears when it reaches 0.
class HealthBarScene extends Phaser.Scene {
  constructor() {
    super('HealthBar');
    this.maxHp = 12;
    this.bar = { x: 180, y: 260, width: 440, height: 44, gap: 4 };
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff69b4);
    g.fillCircle(9, 9, 9);
    g.fillCircle(23, 9, 9);
    g.fillTriangle(1, 13, 31, 13, 16, 30);
    g.generateTexture('heart', 32, 32);
    g.destroy();
  }

  create() {
    this.hp = this.maxHp;
    const { x, y, width, height } = this.bar;

    this.add.image(x - 30, y + height / 2, 'heart');
    this.add.graphics()
      .fillStyle(0x3a1f2d)
      .fillRect(x - 6, y - 6, width + 12, height + 12)
      .lineStyle(3, 0xffc0e0)
      .strokeRect(x - 6, y - 6, width + 12, height + 12);
    this.barGraphics = this.add.graphics();

    this.hpText = this.add.text(400, y + height + 40, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 160, 'Press W / A / S / D to take damage', { fontSize: '22px', color: '#f8bbd0' }).setOrigin(0.5);
    this.gameOverText = this.add.text(400, 440, 'Game Over', {
      fontSize: '64px',
      color: '#ff4d88',
      stroke: '#000000',
      strokeThickness: 6
    }).setOrigin(0.5).setVisible(false);

    const keys = this.input.keyboard.addKeys('W,A,S,D');
    Object.values(keys).forEach(key => key.on('down', () => this.takeDamage()));

    this.drawBar();
  }

  takeDamage() {
    if (this.hp <= 0) {
      return;
    }
    this.hp -= 1;
    this.drawBar();
    this.cameras.main.shake(120, 0.006);

    if (this.hp === 0) {
      this.gameOverText.setVisible(true);
      this.tweens.add({ targets: this.gameOverText, scale: { from: 0.5, to: 1 }, duration: 400, ease: 'Back.easeOut' });
    }
  }

  drawBar() {
    const { x, y, width, height, gap } = this.bar;
    const segmentWidth = (width - gap * (this.maxHp - 1)) / this.hp;

    this.barGraphics.clear();
    this.barGraphics.fillStyle(0xff69b4);
    for (let i = 0; i < this.hp; i++) {
      this.barGraphics.fillRect(x + i * (segmentWidth + gap), y, segmentWidth, height);
    }
    this.hpText.setText(`HP ${this.hp} / ${this.maxHp}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#24121c',
  scene: HealthBarScene
});
