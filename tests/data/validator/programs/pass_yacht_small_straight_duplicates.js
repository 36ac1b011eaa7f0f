// Dice scoring: press SPACE to roll five dice; the roll is scored as "Large straight" (five in a row, 40 points), "Small straight" (four in a row, for example 1-2-3-4 with any fifth die, 30 points), "Three of a kind" (the sum of the dice) or "Chance" (the sum), whichever is worth most. The total of all rolls is kept.
const FACES = ['⚀', '⚁', '⚂', '⚃', '⚄', '⚅'];

class YachtScene extends Phaser.Scene {
  constructor() { super('yacht'); }

  create() {
    this.total = 0;
    this.diceText = this.add.text(400, 220, 'Press SPACE to roll', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(400, 320, '', { fontSize: '28px', color: '#ffd166' }).setOrigin(0.5);
    this.totalText = this.add.text(400, 380, 'Total: 0', { fontSize: '24px', color: '#06d6a0' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-SPACE', () => this.roll());
  }

  longestRun(dice) {
    const sorted = [...new Set(dice)].sort((a, b) => a - b);
    let best = 1;
    let run = 1;
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] === sorted[i - 1] + 1) {
        run++;
        best = Math.max(best, run);
      } else {
        run = 1;
      }
    }
    return best;
  }

  score(dice) {
    const sum = dice.reduce((a, b) => a + b, 0);
    const counts = {};
    dice.forEach((d) => { counts[d] = (counts[d] || 0) + 1; });
    const run = this.longestRun(dice);
    const options = [['Chance', sum]];
    if (Object.values(counts).some((c) => c >= 3)) options.push(['Three of a kind', sum]);
    if (run >= 4) options.push(['Small straight', 30]);
    if (run === 5) options.push(['Large straight', 40]);
    return options.reduce((best, o) => (o[1] > best[1] ? o : best));
  }

  roll() {
    const dice = Array.from({ length: 5 }, () => Phaser.Math.Between(1, 6));
    this.diceText.setText(dice.map((d) => FACES[d - 1]).join(' '));
    const [name, points] = this.score(dice);
    this.total += points;
    this.scoreText.setText(`${name}: ${points}`);
    this.totalText.setText('Total: ' + this.total);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#073b4c', scene: YachtScene });
