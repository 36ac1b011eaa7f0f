// Vertical dodger: move the mouse to steer the ship left and right past falling meteors; the ship has 3 lives, each meteor hit costs one, and the survival time is the score.
class DodgeScene extends Phaser.Scene {
  constructor() {
    super('DodgeScene');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x80deea).fillTriangle(20, 0, 0, 44, 40, 44);
    g.generateTexture('ship', 40, 44);
    g.clear().fillStyle(0x8d6e63).fillCircle(22, 22, 22).fillStyle(0x5d4037).fillCircle(14, 14, 6);
    g.generateTexture('meteor', 44, 44);
    g.clear().fillStyle(0xffffff).fillRect(5, 9, 2, 2).fillRect(40, 50, 1, 1);
    g.generateTexture('starfield', 64, 64);
    g.destroy();

    this.stars = this.add.tileSprite(240, 320, 480, 640, 'starfield');
    this.ship = this.physics.add.image(240, 570, 'ship');
    this.ship.body.setSize(28, 34);
    this.meteors = this.physics.add.group();

    this.lives = 3;
    this.survived = 0;
    this.over = false;

    this.physics.add.overlap(this.ship, this.meteors, this.hitMeteor, null, this);

    this.input.on('pointermove', pointer => {
      if (!this.over) this.ship.x = Phaser.Math.Clamp(pointer.x, 20, 460);
    });

    this.spawner = this.time.addEvent({
      delay: 600,
      loop: true,
      callback: () => {
        const m = this.meteors.create(Phaser.Math.Between(30, 450), -30, 'meteor');
        m.setVelocityY(Phaser.Math.Between(220, 340));
        m.setAngularVelocity(Phaser.Math.Between(-120, 120));
      }
    });

    this.livesText = this.add.text(12, 10, '', { fontSize: '22px', color: '#ff8a80' });
    this.timeText = this.add.text(468, 10, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(1, 0);
    this.refreshHud();
  }

  hitMeteor(ship, meteor) {
    this.lives -= 1;
    this.cameras.main.shake(150, 0.01);
    this.refreshHud();
    if (this.lives <= 0) {
      this.over = true;
      this.physics.pause();
      this.spawner.paused = true;
      this.ship.setTint(0xff1744);
      this.add.text(240, 300, `GAME OVER\n${this.survived.toFixed(1)} s\nclick to retry`, { fontSize: '36px', align: 'center' }).setOrigin(0.5);
      this.input.once('pointerdown', () => this.scene.restart());
    }
  }

  refreshHud() {
    this.livesText.setText('♥'.repeat(Math.max(this.lives, 0)));
    this.timeText.setText(`${this.survived.toFixed(1)} s`);
  }

  update(time, delta) {
    if (this.over) return;
    this.survived += delta / 1000;
    this.stars.tilePositionY -= 0.25 * delta;
    this.refreshHud();
    this.meteors.getChildren().slice().forEach(m => { if (m.y > 680) m.destroy(); });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 640,
  backgroundColor: '#0d1b2a',
  physics: { default: 'arcade' },
  scene: DodgeScene
});
