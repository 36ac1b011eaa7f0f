// Dice duel: two players take turns pressing SPACE to roll; the roll adds to the roller's score, shown for each player
class Duel extends Phaser.Scene {
  create() {
    this.rolls = 0;
    this.labels = [this.add.text(40, 40, 'Player 1: 0', { fontSize: '24px' }), this.add.text(40, 80, 'Player 2: 0', { fontSize: '24px' })];
    this.data.events.on('changedata-points1', (o, v) => this.labels[0].setText('Player 1: ' + v));
    this.data.events.on('changedata-points2', (o, v) => this.labels[1].setText('Player 2: ' + v));
    this.data.set({ points1: 0, points2: 0, turn: 0 });
    this.whose = this.add.text(40, 140, 'Player 1 to roll', { fontSize: '20px' });
    this.input.keyboard.on('keydown-SPACE', () => {
      const turn = this.data.get('turn');
      const key = `points${turn + 1}`;
      this.data.set(key, this.data.get(key) + 1 + (this.rolls++ % 6));
      this.data.set('turn', 1 - turn);
      this.whose.setText(`Player ${2 - turn} to roll`);
      this.labels[turn].setColor('#ffffff');
      this.labels[1 - turn].setColor('#ffff00');
      this.whose.setData('shown', turn + 1);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Duel });
