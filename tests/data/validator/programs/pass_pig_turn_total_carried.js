// Two-player Pig dice game: on your turn press SPACE to roll and add the die to your turn total or H to bank it and pass the turn; rolling a 1 loses the turn total and passes the turn; the first player to bank 50 points wins.
const GOAL = 50;
const PIPS = {
  1: [[1, 1]], 2: [[0, 0], [2, 2]], 3: [[0, 0], [1, 1], [2, 2]], 4: [[0, 0], [2, 0], [0, 2], [2, 2]],
  5: [[0, 0], [2, 0], [1, 1], [0, 2], [2, 2]], 6: [[0, 0], [0, 1], [0, 2], [2, 0], [2, 1], [2, 2]]
};

new Phaser.Game({
  type: Phaser.AUTO,
  width: 720,
  height: 480,
  backgroundColor: '#386641',
  scene: {
    preload() {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      for (let face = 1; face <= 6; face++) {
        g.clear().fillStyle(0xffffff).fillRoundedRect(0, 0, 96, 96, 14).fillStyle(0x222222);
        PIPS[face].forEach(([c, r]) => g.fillCircle(22 + c * 26, 22 + r * 26, 9));
        g.generateTexture(`face${face}`, 96, 96);
      }
      g.destroy();
    },

    create() {
      this.scores = [0, 0];
      this.turn = 0;
      this.turnTotal = 0;
      this.rolling = false;
      this.over = false;
      this.die = this.add.image(360, 200, 'face1');
      this.labels = [140, 580].map(x => this.add.text(x, 80, '', { fontSize: '26px', align: 'center' }).setOrigin(0.5));
      this.turnText = this.add.text(360, 310, '', { fontSize: '24px', color: '#f2e8cf' }).setOrigin(0.5);
      this.msg = this.add.text(360, 360, 'SPACE = roll, H = hold', { fontSize: '20px', color: '#a7c957' }).setOrigin(0.5);
      this.input.keyboard.on('keydown-SPACE', () => this.roll());
      this.input.keyboard.on('keydown-H', () => this.hold());
      this.refresh();
    },

    extend: {
      roll() {
        if (this.over || this.rolling) return;
        this.rolling = true;
        const value = Phaser.Math.Between(1, 6);
        this.tweens.add({
          targets: this.die,
          angle: { from: 0, to: 360 },
          duration: 300,
          onComplete: () => {
            this.rolling = false;
            this.die.setTexture(`face${value}`);
            if (value === 1) {
              this.turnTotal = 0;
              this.msg.setText(`Player ${this.turn + 1} rolled a 1 - turn lost!`);
              this.nextTurn();
            } else {
              this.turnTotal += value;
              this.msg.setText(`Rolled ${value}`);
              this.refresh();
            }
          }
        });
      },

      hold() {
        if (this.over || this.rolling || this.turnTotal === 0) return;
        this.scores[this.turn] += this.turnTotal;
        if (this.scores[this.turn] >= GOAL) {
          this.over = true;
          this.msg.setText(`Player ${this.turn + 1} wins with ${this.scores[this.turn]}!`);
          this.refresh();
          return;
        }
        this.msg.setText(`Player ${this.turn + 1} banks ${this.turnTotal}`);
        this.turnTotal = 0;
        this.nextTurn();
      },

      nextTurn() {
        this.turn = 1 - this.turn;
        this.refresh();
      },

      refresh() {
        this.labels.forEach((t, i) => t.setText(`Player ${i + 1}\n${this.scores[i]}`).setColor(i === this.turn ? '#ffd166' : '#ffffff'));
        this.turnText.setText(this.over ? 'Game over' : `Player ${this.turn + 1}'s turn - turn total ${this.turnTotal}`);
      }
    }
  }
});
