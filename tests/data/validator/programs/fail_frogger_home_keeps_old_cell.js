// Frogger: hop the frog one cell per arrow-key press across five lanes of traffic; a car hit sends it back to the start, and reaching the top row scores a point and sends it back to the start.
const CELL = 40, COLS = 15, ROWS = 10, START_COL = 7, START_ROW = 9;

class Frogger extends Phaser.Scene {
  constructor() { super('Frogger'); }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x33cc33).fillRect(0, 0, 32, 32).generateTexture('frog', 32, 32).clear();
    g.fillStyle(0xffffff).fillRoundedRect(0, 0, 70, 30, 6).generateTexture('car', 70, 30).destroy();

    this.add.rectangle(0, 0, COLS * CELL, CELL, 0x2255aa).setOrigin(0);
    this.add.rectangle(0, 4 * CELL, COLS * CELL, 5 * CELL, 0x333333).setOrigin(0);

    this.cars = this.physics.add.group();
    const lanes = [[4, 120, 0xff5555], [5, -160, 0xffcc33], [6, 100, 0x55aaff], [7, -200, 0xff66ff], [8, 140, 0xffffff]];
    lanes.forEach(([row, speed, colour]) => {
      for (let i = 0; i < 3; i++) {
        const car = this.cars.create(i * 220 + row * 30, row * CELL + CELL / 2, 'car').setTint(colour);
        car.setVelocityX(speed);
        if (speed < 0) car.setFlipX(true);
      }
    });

    this.col = START_COL;
    this.row = START_ROW;
    this.frog = this.physics.add.image(0, 0, 'frog');
    this.sendHome();
    this.score = 0;
    this.scoreText = this.add.text(10, 8, 'Score: 0', { fontSize: '22px', color: '#ffffff' });

    this.physics.add.overlap(this.frog, this.cars, () => {
      if (!this.hopping) this.sendHome();
    });
    this.input.keyboard.on('keydown', event => {
      const moves = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
      if (moves[event.key]) this.hop(...moves[event.key]);
    });
  }

  sendHome() {
    this.frog.setPosition(START_COL * CELL + CELL / 2, START_ROW * CELL + CELL / 2);
  }

  hop(dx, dy) {
    if (this.hopping) return;
    this.col = Phaser.Math.Clamp(this.col + dx, 0, COLS - 1);
    this.row = Phaser.Math.Clamp(this.row + dy, 0, ROWS - 1);
    this.hopping = true;
    this.tweens.add({
      targets: this.frog,
      x: this.col * CELL + CELL / 2,
      y: this.row * CELL + CELL / 2,
      duration: 120,
      onComplete: () => {
        this.hopping = false;
        if (this.row === 0) {
          this.score++;
          this.scoreText.setText('Score: ' + this.score);
          this.sendHome();
        }
      }
    });
  }

  update() {
    this.physics.world.wrap(this.cars, 40);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: COLS * CELL,
  height: ROWS * CELL,
  backgroundColor: '#225522',
  physics: { default: 'arcade' },
  scene: Frogger
});
