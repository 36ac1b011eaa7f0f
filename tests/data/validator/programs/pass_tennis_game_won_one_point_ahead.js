// Tennis scoreboard: press A or L to give a rally to player 1 or player 2; points go 0-15-30-40 with deuce and advantage, six games win a set, two sets win the match.
class TennisScene extends Phaser.Scene {
  constructor() {
    super('TennisScene');
  }

  create() {
    this.names = ['Player 1', 'Player 2'];
    this.points = [0, 0];
    this.games = [0, 0];
    this.sets = [0, 0];
    this.winner = null;

    this.add.rectangle(400, 300, 560, 300, 0x1b6e3a).setStrokeStyle(4, 0xffffff);
    this.add.line(0, 0, 400, 150, 400, 450, 0xffffff).setOrigin(0);
    this.add.text(400, 40, 'A = rally to Player 1     L = rally to Player 2', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(400, 300, '', { fontSize: '28px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    this.callText = this.add.text(400, 520, '', { fontSize: '32px', color: '#ffe066' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-A', () => this.pointWon(0));
    this.input.keyboard.on('keydown-L', () => this.pointWon(1));
    this.refresh();
  }

  pointWon(p) {
    if (this.winner !== null) return;
    const o = 1 - p;
    this.points[p] += 1;
    if (this.points[p] >= 4 && this.points[p] - this.points[o] >= 2) {
      this.gameWon(p);
    }
    this.refresh();
  }

  gameWon(p) {
    this.points = [0, 0];
    this.games[p] += 1;
    if (this.games[p] >= 6 && this.games[p] - this.games[1 - p] >= 2) {
      this.sets[p] += 1;
      this.games = [0, 0];
      if (this.sets[p] === 2) this.winner = p;
    }
  }

  callScore() {
    const [a, b] = this.points;
    const names = ['0', '15', '30', '40'];
    if (a >= 3 && b >= 3) {
      if (a === b) return 'Deuce';
      return 'Advantage ' + this.names[a > b ? 0 : 1];
    }
    return names[a] + ' - ' + names[b];
  }

  refresh() {
    this.scoreText.setText(
      `Sets   ${this.sets[0]} - ${this.sets[1]}\nGames  ${this.games[0]} - ${this.games[1]}`
    );
    if (this.winner !== null) {
      this.callText.setText(this.names[this.winner] + ' wins the match!');
    } else {
      this.callText.setText(this.callScore());
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d3b1e',
  scene: [TennisScene]
});
