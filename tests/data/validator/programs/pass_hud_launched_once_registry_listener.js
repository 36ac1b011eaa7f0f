// Task: Make a fruit-catching game with a separate HUD scene, where LEFT/RIGHT move a basket, each caught fruit scores a point, three missed fruits end the game, and pressing R starts a fresh run with score 0 and 3 lives.
const DROP_COLUMNS = [120, 560, 260, 680, 180, 520, 620, 300];

class CatchScene extends Phaser.Scene {
  constructor() { super('catch'); }

  init() {
    this.score = 0;
    this.lives = 3;
    this.dropIndex = 0;
    this.isOver = false;
  }

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xbc6c25).fillRoundedRect(0, 0, 100, 28, 8).generateTexture('basket', 100, 28);
    g.clear().fillStyle(0xe63946).fillCircle(12, 12, 12).generateTexture('apple', 24, 24);
    g.destroy();

    this.basket = this.physics.add.image(400, 560, 'basket').setCollideWorldBounds(true);
    this.fruit = this.physics.add.group();
    this.physics.add.overlap(this.basket, this.fruit, (basket, apple) => {
      apple.destroy();
      this.score += 1;
      this.syncHud();
    });

    this.cursors = this.input.keyboard.createCursorKeys();
    this.dropTimer = this.time.addEvent({ delay: 1100, loop: true, callback: this.dropFruit, callbackScope: this });
    this.input.keyboard.on('keydown-R', () => { if (this.isOver) this.scene.restart(); });

    this.syncHud();
    if (!this.scene.isActive('hud')) this.scene.launch('hud');
  }

  dropFruit() {
    const x = DROP_COLUMNS[this.dropIndex % DROP_COLUMNS.length];
    this.dropIndex += 1;
    this.fruit.create(x, -12, 'apple').setVelocityY(240);
  }

  syncHud() {
    this.registry.set({ score: this.score, lives: this.lives, over: this.isOver });
  }

  update() {
    if (this.isOver) return;
    const vx = this.cursors.left.isDown ? -360 : this.cursors.right.isDown ? 360 : 0;
    this.basket.setVelocityX(vx);

    this.fruit.getChildren().filter((apple) => apple.y > 620).forEach((apple) => {
      apple.destroy();
      this.lives -= 1;
      if (this.lives <= 0) {
        this.isOver = true;
        this.dropTimer.remove();
        this.physics.pause();
      }
      this.syncHud();
    });
  }
}

class HudScene extends Phaser.Scene {
  constructor() { super('hud'); }

  create() {
    this.scoreText = this.add.text(16, 12, '', { fontSize: '22px', color: '#fff' });
    this.livesText = this.add.text(784, 12, '', { fontSize: '22px', color: '#fff' }).setOrigin(1, 0);
    this.overText = this.add.text(400, 280, '', { fontSize: '36px', color: '#ffb703', align: 'center' }).setOrigin(0.5);
    this.refresh();
    this.registry.events.on('changedata', this.refresh, this);
  }

  refresh() {
    this.scoreText.setText(`Score: ${this.registry.get('score')}`);
    this.livesText.setText(`Lives: ${this.registry.get('lives')}`);
    this.overText.setText(this.registry.get('over') ? 'Game over\nPress R to play again' : '');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#588157',
  physics: { default: 'arcade' },
  scene: [CatchScene, HudScene]
});
