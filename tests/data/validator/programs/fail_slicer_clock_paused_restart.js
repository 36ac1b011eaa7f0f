// Fruit slicer: fruits are tossed up from below the screen, swiping across a fruit slices it for a point, an unsliced fruit falling back costs one of three lives, every fifth toss is a bomb that ends the game when sliced, and after game over a tap starts a new round.
const W = 480;
const H = 720;
const FRUIT_COLORS = [0xff595e, 0xffca3a, 0x8ac926, 0xff924c, 0xc77dff];

class SliceScene extends Phaser.Scene {
  constructor() {
    super('Slice');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillCircle(30, 30, 30);
    g.generateTexture('fruit', 60, 60);
    g.clear().fillStyle(0x222222).fillCircle(30, 30, 28).fillStyle(0xff0000).fillCircle(30, 8, 6);
    g.generateTexture('bomb', 60, 60);
    g.clear().fillStyle(0xffffff).fillCircle(4, 4, 4);
    g.generateTexture('drop', 8, 8);
    g.destroy();

    this.score = 0;
    this.lives = 3;
    this.tosses = 0;
    this.over = false;
    this.fruits = this.physics.add.group();
    this.juice = this.add.particles(0, 0, 'drop', {
      speed: { min: 80, max: 240 }, lifespan: 450, scale: { start: 1.2, end: 0 }, emitting: false
    });
    this.trail = this.add.graphics();
    this.hud = this.add.text(16, 16, '', { fontSize: '26px', color: '#ffffff' });
    this.updateHud();

    this.tosser = this.time.addEvent({ delay: 900, loop: true, callback: this.toss, callbackScope: this });
    this.input.on('pointermove', (pointer) => {
      if (!pointer.isDown || this.over) return;
      const cut = new Phaser.Geom.Line(pointer.prevPosition.x, pointer.prevPosition.y, pointer.x, pointer.y);
      this.trail.lineStyle(6, 0xffffff, 0.8).strokeLineShape(cut);
      this.fruits.getChildren().slice().forEach((f) => {
        if (Phaser.Geom.Intersects.LineToCircle(cut, new Phaser.Geom.Circle(f.x, f.y, 30))) this.slice(f);
      });
    });
    this.input.on('pointerup', () => this.trail.clear());
    this.input.on('pointerdown', () => {
      if (this.over) this.scene.restart();
    });
  }

  toss() {
    this.tosses += 1;
    const isBomb = this.tosses % 5 === 0;
    const x = Phaser.Math.Between(100, W - 100);
    const f = this.fruits.create(x, H + 40, isBomb ? 'bomb' : 'fruit');
    if (!isBomb) f.setTint(Phaser.Utils.Array.GetRandom(FRUIT_COLORS));
    f.setData('bomb', isBomb);
    f.setVelocity((W / 2 - x) * 0.6, Phaser.Math.Between(-980, -880));
    f.setAngularVelocity(Phaser.Math.Between(-180, 180));
  }

  slice(f) {
    if (f.getData('bomb')) {
      this.juice.explode(30, f.x, f.y);
      f.destroy();
      this.endGame('Boom!');
      return;
    }
    this.juice.setParticleTint(f.tintTopLeft);
    this.juice.explode(16, f.x, f.y);
    f.destroy();
    this.score += 1;
    this.updateHud();
  }

  update() {
    if (this.over) return;
    this.fruits.getChildren().slice().forEach((f) => {
      if (f.body.velocity.y > 0 && f.y > H + 40) {
        if (!f.getData('bomb')) this.lives -= 1;
        f.destroy();
      }
    });
    this.updateHud();
    if (this.lives <= 0) this.endGame('Out of lives');
  }

  updateHud() {
    this.hud.setText('Score: ' + this.score + '   Lives: ' + '♥'.repeat(Math.max(0, this.lives)));
  }

  endGame(reason) {
    this.over = true;
    this.physics.pause();
    this.time.paused = true;
    this.add.text(W / 2, H / 2, reason + '\nScore ' + this.score + '\nTap to play again', {
      fontSize: '36px', color: '#ffffff', align: 'center'
    }).setOrigin(0.5);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#3d2c1e',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: SliceScene
});
