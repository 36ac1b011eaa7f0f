// The hero has three hearts shown at the top-left; each touch of the patrolling bat costs one heart and gives a second of blinking invulnerability, and losing the last heart shows GAME OVER.
const MAX_HP = 3;

class Cave extends Phaser.Scene {
  constructor() { super('Cave'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xff4757).fillCircle(8, 8, 8).fillCircle(22, 8, 8).fillTriangle(0, 11, 30, 11, 15, 28);
    g.generateTexture('heart', 30, 28).clear();
    g.fillStyle(0x2ed573).fillRect(0, 0, 26, 26).fillStyle(0xffffff).fillRect(15, 5, 6, 6);
    g.generateTexture('hero', 26, 26).clear();
    g.fillStyle(0x5f27cd).fillEllipse(20, 10, 40, 16).fillStyle(0xfeca57).fillCircle(15, 8, 2).fillCircle(25, 8, 2);
    g.generateTexture('bat', 40, 20);
    g.destroy();
  }

  create() {
    this.hp = MAX_HP;
    this.invulnerable = false;
    this.gameOver = false;

    this.hero = this.physics.add.sprite(400, 300, 'hero').setCollideWorldBounds(true);
    this.bat = this.physics.add.image(150, 300, 'bat');
    this.tweens.add({ targets: this.bat, x: 650, duration: 1500, ease: 'Sine.easeInOut', yoyo: true, repeat: -1 });
    this.physics.add.overlap(this.hero, this.bat, this.hurt, null, this);

    this.hearts = this.add.group({ key: 'heart', repeat: MAX_HP - 1, setXY: { x: 30, y: 30, stepX: 36 } });
    this.refreshHearts();

    this.banner = this.add.text(400, 260, 'GAME OVER', { fontSize: '56px', color: '#ffffff', fontStyle: 'bold' })
      .setOrigin(0.5).setVisible(false).setDepth(10);
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  refreshHearts() {
    this.hearts.getChildren().forEach((heart, i) => heart.setAlpha(i < this.hp ? 1 : 0.2));
  }

  hurt() {
    if (this.invulnerable || this.gameOver) return;
    this.hp -= 1;
    this.refreshHearts();
    if (this.hp <= 0) {
      this.gameOver = true;
      this.physics.pause();
      this.tweens.killTweensOf(this.bat);
      this.hero.setTint(0x555555);
      this.banner.setVisible(true);
      return;
    }
    this.invulnerable = true;
    this.tweens.add({ targets: this.hero, alpha: 0.2, duration: 100, yoyo: true, repeat: 4 });
    this.time.delayedCall(1000, () => { this.invulnerable = false; });
  }

  update() {
    if (this.gameOver) return;
    const speed = 170;
    const c = this.cursors;
    this.hero.setVelocity(
      c.left.isDown ? -speed : c.right.isDown ? speed : 0,
      c.up.isDown ? -speed : c.down.isDown ? speed : 0
    );
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#222f3e',
  physics: { default: 'arcade' },
  scene: Cave
});
