// Press SPACE to roll a die; the last rolls are kept in localStorage and shown again when the page is opened
const KEY = 'dice.history';
class Dice extends Phaser.Scene {
  create() {
    let history = [];
    try { history = JSON.parse(localStorage.getItem(KEY) || '[]'); } catch (e) { history = []; }
    this.history = history;
    this.rolls = 0;
    this.label = this.add.text(20, 20, 'Rolls: ' + this.history.join(' '), { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.history.push(1 + (this.rolls++ % 6));
      localStorage.setItem(KEY, JSON.stringify(this.history));
      this.label.setText('Rolls: ' + this.history.join(' '));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dice });
