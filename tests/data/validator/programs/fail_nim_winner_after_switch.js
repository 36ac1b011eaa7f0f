// Hot-seat Nim: 15 sticks lie on the table; players take turns removing 1, 2 or 3 with the number keys, and whoever takes the last stick wins.
const START = 15;

class NimScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Nim' });
  }

  create() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xdda15e, 1).fillRect(0, 0, 16, 140);
    g.fillStyle(0xbc4749, 1).fillCircle(8, 8, 10);
    g.generateTexture('stick', 20, 140);
    g.destroy();

    this.sticks = this.add.group();
    for (let i = 0; i < START; i++) {
      this.sticks.create(120 + i * 40, 300, 'stick');
    }
    this.player = 1;
    this.winner = 0;

    this.info = this.add.text(400, 80, '', { fontSize: '30px', color: '#fefae0' }).setOrigin(0.5);
    this.add.text(400, 520, 'Press 1, 2 or 3 to take sticks', { fontSize: '22px', color: '#a3b18a' }).setOrigin(0.5);
    this.showTurn();

    this.input.keyboard.on('keydown', event => {
      const n = Number(event.key);
      if (n >= 1 && n <= 3) this.take(n);
    });
  }

  take(n) {
    if (this.winner || n > this.sticks.getLength()) return;
    const taken = this.sticks.getChildren().slice(-n);
    taken.forEach(stick => stick.destroy());

    this.player = this.player === 1 ? 2 : 1;
    if (this.sticks.getLength() === 0) {
      this.winner = this.player;
      this.info.setText(`Player ${this.winner} takes the last stick and wins!`);
      return;
    }
    this.showTurn();
  }

  showTurn() {
    this.info.setText(`Player ${this.player}: take 1-3 sticks (${this.sticks.getLength()} left)`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#344e41',
  scene: NimScene
});
