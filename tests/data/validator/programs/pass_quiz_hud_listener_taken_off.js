// A quiz: answer with the keys A or B; a HUD scene on top shows the score; press R to play again from 0
class Quiz extends Phaser.Scene {
  constructor() { super('Quiz'); }
  create() {
    this.scene.launch('Hud');
    this.add.text(400, 260, 'Is 2 + 2 = 4?  A: yes   B: no', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-A', () => this.events.emit('answered', true));
    this.input.keyboard.on('keydown-B', () => this.events.emit('answered', false));
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('Hud'); }
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffff66' });
    const quiz = this.scene.get('Quiz');
    quiz.events.on('answered', this.onAnswered, this);
    this.events.once('shutdown', () => quiz.events.off('answered', this.onAnswered, this));
  }
  onAnswered(right) {
    if (right) this.score += 1;
    this.label.setText('Score: ' + this.score);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Quiz, Hud] });
