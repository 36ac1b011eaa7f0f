// Task: Heavy-bag training: walk with the left/right arrows and punch with Z; each punch that lands on the bag adds to a combo counter shown as "N HITS", the combo resets 800 ms after the last landed punch, and the best combo of the session is shown.
const COMBO_RESET_MS = 800;
const PUNCH_REACH = 70;

class GymScene extends Phaser.Scene {
  constructor() {
    super('Gym');
  }

  init() {
    this.combo = 0;
    this.best = 0;
    this.comboTimer = null;
    this.nextPunchAt = 0;
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x3d9be9).fillRoundedRect(0, 0, 36, 80, 8);
    g.generateTexture('boxer', 36, 80);
    g.clear().fillStyle(0x8a2a2a).fillRoundedRect(0, 0, 50, 110, 20);
    g.generateTexture('bag', 50, 110);
    g.destroy();
  }

  create() {
    this.add.rectangle(400, 410, 800, 80, 0x3a3a3a);
    this.add.line(0, 0, 560, 60, 560, 170, 0xbbbbbb).setOrigin(0);
    this.bag = this.add.image(560, 170, 'bag').setOrigin(0.5, 0);
    this.boxer = this.physics.add.sprite(300, 330, 'boxer').setCollideWorldBounds(true);
    this.glove = this.add.circle(0, 0, 10, 0xff3030).setVisible(false);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.punchKey = this.input.keyboard.addKey('Z');
    this.comboText = this.add.text(400, 60, '', { fontSize: '40px', color: '#ffd94a' }).setOrigin(0.5);
    this.bestText = this.add.text(16, 16, 'Best: 0', { fontSize: '22px', color: '#ffffff' });
  }

  update(time) {
    const speed = 180;
    if (this.cursors.left.isDown) this.boxer.setVelocityX(-speed);
    else if (this.cursors.right.isDown) this.boxer.setVelocityX(speed);
    else this.boxer.setVelocityX(0);

    if (Phaser.Input.Keyboard.JustDown(this.punchKey) && time >= this.nextPunchAt) {
      this.nextPunchAt = time + 150;
      this.punch();
    }
  }

  punch() {
    const gloveX = this.boxer.x + 30;
    this.glove.setPosition(gloveX, this.boxer.y - 20).setVisible(true);
    this.time.delayedCall(90, () => this.glove.setVisible(false));
    if (Math.abs(this.bag.x - gloveX) <= PUNCH_REACH) this.landHit();
  }

  landHit() {
    this.combo += 1;
    this.best = Math.max(this.best, this.combo);
    this.bestText.setText(`Best: ${this.best}`);
    this.comboText.setText(`${this.combo} HITS`).setScale(1.4);
    this.tweens.add({ targets: this.comboText, scale: 1, duration: 120 });
    this.tweens.add({ targets: this.bag, angle: -6, duration: 80, yoyo: true });

    if (this.comboTimer) this.comboTimer.remove();
    this.comboTimer = this.time.delayedCall(COMBO_RESET_MS, () => {
      this.combo = 0;
      this.comboText.setText('');
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#1b1b22',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [GymScene],
});
