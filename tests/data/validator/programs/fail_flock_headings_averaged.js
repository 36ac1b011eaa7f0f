// Flocking toy: 40 arrow-shaped birds fly around an 800x600 wrap-around sky; each bird turns towards the average heading of its neighbours within 80 px (alignment) and away from birds closer than 20 px (separation), so the flock ends up flying together in one direction. Click to scatter the flock.
const COUNT = 40, RADIUS = 80, TOO_CLOSE = 20, SPEED = 120, TURN = 0.04;

class FlockScene extends Phaser.Scene {
  constructor() { super('flock'); }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xf1faee).fillTriangle(0, 0, 0, 12, 18, 6);
    g.generateTexture('bird', 18, 12);
    g.destroy();
  }

  create() {
    this.birds = [];
    for (let i = 0; i < COUNT; i++) {
      const bird = this.add.image(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 'bird');
      bird.rotation = Phaser.Math.FloatBetween(-Math.PI, Math.PI);
      this.birds.push(bird);
    }
    this.info = this.add.text(10, 10, '', { fontSize: '16px', color: '#a8dadc' });
    this.input.on('pointerdown', () => {
      this.birds.forEach((b) => { b.rotation = Phaser.Math.FloatBetween(-Math.PI, Math.PI); });
    });
  }

  steer(bird) {
    let headingSum = 0;
    let neighbours = 0;
    let awayX = 0, awayY = 0;
    for (const other of this.birds) {
      if (other === bird) continue;
      const d = Phaser.Math.Distance.Between(bird.x, bird.y, other.x, other.y);
      if (d < RADIUS) {
        headingSum += other.rotation;
        neighbours++;
      }
      if (d < TOO_CLOSE && d > 0) {
        awayX += (bird.x - other.x) / d;
        awayY += (bird.y - other.y) / d;
      }
    }
    if (awayX !== 0 || awayY !== 0) {
      return Phaser.Math.Angle.RotateTo(bird.rotation, Math.atan2(awayY, awayX), TURN * 2);
    }
    if (neighbours > 0) {
      const target = headingSum / neighbours;
      return Phaser.Math.Angle.RotateTo(bird.rotation, target, TURN);
    }
    return bird.rotation;
  }

  update(time, delta) {
    const dt = delta / 1000;
    const turns = this.birds.map((b) => this.steer(b));
    this.birds.forEach((bird, i) => {
      bird.rotation = turns[i];
      bird.x = Phaser.Math.Wrap(bird.x + Math.cos(bird.rotation) * SPEED * dt, 0, 800);
      bird.y = Phaser.Math.Wrap(bird.y + Math.sin(bird.rotation) * SPEED * dt, 0, 600);
    });
    this.info.setText('Birds: ' + this.birds.length);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d3557', scene: FlockScene });
