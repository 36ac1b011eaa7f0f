// A capital-city quiz: type the answer into the form and press Check; the score goes up for each right answer.
const QUESTIONS = [['France', 'paris'], ['Japan', 'tokyo'], ['Peru', 'lima']];
const FORM = '<div style="font: 20px sans-serif"><input type="text" name="answer" style="font-size: 20px; width: 200px">'
  + ' <button name="check" style="font-size: 20px">Check</button></div>';
class Quiz extends Phaser.Scene {
  constructor() { super('quiz'); }
  preload() {}
  create() {
    this.index = 0;
    this.score = 0;
    this.question = this.add.text(400, 160, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffee88' });
    this.form = this.add.dom(400, 300).createFromHTML(FORM);
    this.form.on('click', (event) => {
      if (event.target.name !== 'check') return;
      const input = this.form.getChildByName('answer');
      if (input.value.trim().toLowerCase() === QUESTIONS[this.index][1]) this.score += 1;
      this.scoreText.setText('Score: ' + this.score);
      input.value = '';
      this.index = (this.index + 1) % QUESTIONS.length;
      this.ask();
    });
    this.ask();
  }
  ask() { this.question.setText('Capital of ' + QUESTIONS[this.index][0] + '?'); }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, parent: document.body, dom: { createContainer: true }, backgroundColor: '#1d2b53', scene: Quiz });
