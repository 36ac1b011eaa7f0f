// Top-down mini golf over 3 holes with Arcade physics: press on the ball, drag back and release to putt (power grows with the pull, up to 150 px); the ball rolls, bounces off walls and slows down, and you can putt again only once it has stopped; every putt adds a stroke; a ball rolling over the cup slower than 300 px/s drops in and the next hole starts with the ball on its tee; after hole 3 a results screen lists the strokes per hole and the total.
const HOLES = [
  { tee: [120, 300], cup: [680, 300], walls: [[400, 300, 24, 220]] },
  { tee: [100, 520], cup: [700, 90], walls: [[280, 380, 24, 440], [540, 220, 24, 440]] },
  { tee: [400, 540], cup: [400, 80], walls: [[400, 320, 460, 24], [130, 200, 24, 160], [670, 200, 24, 160]] }
];
const MAX_PULL = 150;

class GolfScene extends Phaser.Scene {
  constructor() {
    super('Golf');
  }

  create() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillCircle(8, 8, 8);
    g.generateTexture('golfball', 16, 16);
    g.destroy();

    this.cup = this.add.circle(0, 0, 13, 0x111111).setStrokeStyle(2, 0xdddddd);
    this.walls = this.physics.add.staticGroup();
    this.ball = this.physics.add.image(0, 0, 'golfball').setCircle(8);
    this.ball.setCollideWorldBounds(true).setBounce(0.7).setDamping(true).setDrag(0.35);
    this.physics.add.collider(this.ball, this.walls);
    this.aimLine = this.add.graphics();
    this.hud = this.add.text(14, 10, '', { fontSize: '20px', color: '#ffffff' });

    this.holeIndex = 0;
    this.cards = [];
    this.input.on('pointerdown', (p) => {
      if (this.state === 'aim' && Phaser.Math.Distance.Between(p.x, p.y, this.ball.x, this.ball.y) < 30) {
        this.state = 'aiming';
      }
    });
    this.input.on('pointermove', (p) => {
      if (this.state === 'aiming') {
        this.drawAim(p);
      }
    });
    this.input.on('pointerup', (p) => {
      if (this.state === 'aiming') {
        this.putt(p);
      }
    });
    this.loadHole(0);
  }

  loadHole(index) {
    const hole = HOLES[index];
    this.walls.clear(true, true);
    hole.walls.forEach(([x, y, w, h]) => this.walls.add(this.add.rectangle(x, y, w, h, 0x8d6e63)));
    this.cup.setPosition(hole.cup[0], hole.cup[1]);
    this.ball.setScale(1).setAlpha(1);
    this.ball.body.reset(hole.tee[0], hole.tee[1]);
    this.strokes = 0;
    this.state = 'aim';
    this.refreshHud();
  }

  pullVector(p) {
    return new Phaser.Math.Vector2(this.ball.x - p.x, this.ball.y - p.y).limit(MAX_PULL);
  }

  drawAim(p) {
    const v = this.pullVector(p);
    this.aimLine.clear().lineStyle(3, 0xffeb3b, 0.9);
    this.aimLine.lineBetween(this.ball.x, this.ball.y, this.ball.x + v.x, this.ball.y + v.y);
  }

  putt(p) {
    this.aimLine.clear();
    const v = this.pullVector(p);
    if (v.length() < 8) {
      this.state = 'aim';
      return;
    }
    this.ball.setVelocity(v.x * 5, v.y * 5);
    this.strokes++;
    this.state = 'rolling';
    this.refreshHud();
  }

  refreshHud() {
    this.hud.setText('Hole ' + (this.holeIndex + 1) + '/3    Strokes: ' + this.strokes);
  }

  sink() {
    this.state = 'sunk';
    this.ball.body.stop();
    this.cards.push(this.strokes);
    this.tweens.add({
      targets: this.ball,
      x: this.cup.x,
      y: this.cup.y,
      scale: 0.2,
      alpha: 0.4,
      duration: 250,
      onComplete: () => {
        this.time.delayedCall(500, () => {
          this.holeIndex++;
          if (this.holeIndex < HOLES.length) {
            this.loadHole(this.holeIndex);
          } else {
            this.scene.start('Results', { cards: this.cards });
          }
        });
      }
    });
  }

  update() {
    if (this.state !== 'rolling') {
      return;
    }
    const speed = this.ball.body.velocity.length();
    if (Phaser.Math.Distance.Between(this.ball.x, this.ball.y, this.cup.x, this.cup.y) < 13 && speed < 300) {
      this.sink();
    } else if (speed < 5) {
      this.ball.body.stop();
      this.state = 'aim';
    }
  }
}

class ResultsScene extends Phaser.Scene {
  constructor() {
    super('Results');
  }

  create(data) {
    const lines = data.cards.map((s, i) => 'Hole ' + (i + 1) + ':  ' + s + (s === 1 ? ' stroke' : ' strokes'));
    const total = data.cards.reduce((a, b) => a + b, 0);
    this.add.text(400, 160, 'Round complete', { fontSize: '42px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 290, lines.join('\n'), { fontSize: '26px', color: '#e8f5e9', align: 'center' }).setOrigin(0.5);
    this.add.text(400, 400, 'Total: ' + total, { fontSize: '34px', color: '#ffeb3b' }).setOrigin(0.5);
    this.add.text(400, 470, 'Click to play again', { fontSize: '20px', color: '#c8e6c9' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('Golf'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e7d32',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [GolfScene, ResultsScene]
};

new Phaser.Game(config);
