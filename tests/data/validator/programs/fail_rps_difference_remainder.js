// Rock, paper, scissors against the computer: press 1, 2 or 3; the winner of each round scores a point
const NAMES = ['Rock', 'Paper', 'Scissors'];
class Rps extends Phaser.Scene {
  create() {
    this.score = { you: 0, cpu: 0 };
    this.cpuTurn = 0;
    this.msg = this.add.text(40, 40, 'Press 1, 2 or 3', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (e) => {
      const pick = ['1', '2', '3'].indexOf(e.key);
      if (pick >= 0) this.round(pick);
    });
  }
  round(you) {
    const cpu = this.cpuTurn++ % 3;
    const result = (you - cpu) % 3;
    if (result === 1) this.score.you += 1;
    else if (result === 2) this.score.cpu += 1;
    this.msg.setText(`${NAMES[you]} vs ${NAMES[cpu]}  you ${this.score.you} - cpu ${this.score.cpu}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Rps });
