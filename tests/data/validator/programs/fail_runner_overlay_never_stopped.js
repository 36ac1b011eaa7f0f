// Tap-to-jump runner: boxes slide in from the right, tap or press Space to jump over them, each cleared box scores a point, touching a box shows a Game Over overlay with score and best, and tapping the overlay starts a fresh run.
class RunScene extends Phaser.Scene {
  constructor() {
    super('Run');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x4cc9f0).fillRoundedRect(0, 0, 40, 48, 8);
    g.fillStyle(0x000000).fillCircle(28, 14, 4);
    g.generateTexture('hero', 40, 48);
    g.clear().fillStyle(0xf77f00).fillRect(0, 0, 40, 40).lineStyle(3, 0x9c4a00).strokeRect(2, 2, 36, 36);
    g.generateTexture('box', 40, 40);
    g.destroy();

    this.score = 0;
    this.over = false;
    this.ground = this.add.rectangle(240, 660, 480, 40, 0x2d6a4f);
    this.physics.add.existing(this.ground, true);
    this.hero = this.physics.add.sprite(100, 600, 'hero');
    this.boxes = this.physics.add.group({ allowGravity: false, immovable: true });

    this.physics.add.collider(this.hero, this.ground);
    this.physics.add.collider(this.hero, this.boxes, () => this.crash());
    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '26px', color: '#ffffff' });

    this.spawner = this.time.addEvent({ delay: 1500, loop: true, callback: this.spawnBox, callbackScope: this });
    this.input.on('pointerdown', () => this.jump());
    this.input.keyboard.on('keydown-SPACE', () => this.jump());
  }

  spawnBox() {
    const box = this.boxes.create(520, 620, 'box');
    box.setVelocityX(-320);
    box.setData('passed', false);
  }

  jump() {
    if (!this.over && this.hero.body.touching.down) {
      this.hero.setVelocityY(-650);
    }
  }

  update() {
    if (this.over) return;
    this.boxes.getChildren().forEach((box) => {
      if (!box.getData('passed') && box.x + 20 < this.hero.x - 20) {
        box.setData('passed', true);
        this.score += 1;
        this.scoreText.setText('Score: ' + this.score);
      }
    });
    this.boxes.getChildren().filter((box) => box.x < -40).forEach((box) => box.destroy());
  }

  crash() {
    if (this.over) return;
    this.over = true;
    this.physics.pause();
    this.spawner.paused = true;
    this.hero.setTint(0xff4d6d);
    const best = Math.max(this.registry.get('best') || 0, this.score);
    this.registry.set('best', best);
    this.scene.launch('Over', { score: this.score, best });
  }
}

class OverScene extends Phaser.Scene {
  constructor() {
    super('Over');
  }

  create(data) {
    this.add.rectangle(240, 360, 480, 720, 0x000000, 0.55);
    this.add.text(240, 280, 'GAME OVER', { fontSize: '48px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(240, 350, 'Score: ' + data.score + '\nBest: ' + data.best, {
      fontSize: '28px', color: '#ffd166', align: 'center'
    }).setOrigin(0.5);
    this.add.text(240, 440, 'Tap to run again', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', () => this.scene.get('Run').scene.restart());
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 720,
  backgroundColor: '#1b263b',
  physics: { default: 'arcade', arcade: { gravity: { y: 1600 } } },
  scene: [RunScene, OverScene]
});
