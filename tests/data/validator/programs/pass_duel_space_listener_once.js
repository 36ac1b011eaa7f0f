// Duel: on your turn press SPACE to strike the enemy; then the enemy strikes back and it is your turn again
class Duel extends Phaser.Scene {
  constructor() { super('duel'); }
  create() {
    this.enemyHp = 30;
    this.heroHp = 30;
    this.info = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.yourTurn();
  }
  yourTurn() {
    this.turn = 'hero';
    this.input.keyboard.once('keydown-SPACE', this.strike, this);
  }
  strike() {
    if (this.turn !== 'hero') return;
    this.enemyHp -= 3;
    this.turn = 'enemy';
    this.time.delayedCall(600, () => { this.heroHp -= 2; this.yourTurn(); });
  }
  update() { this.info.setText('Hero ' + this.heroHp + '   Enemy ' + this.enemyHp + '\n' + (this.turn === 'hero' ? 'SPACE to strike' : 'Enemy turn...')); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 200, backgroundColor: '#3e2723', scene: Duel });
